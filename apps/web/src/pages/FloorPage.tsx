/**
 * An exhibition floor, /floors/:slug: loads `floor.plan`, then shows it in 3D (or as
 * a 2D plan without WebGL). The camera's place lives in the URL, so Back from a
 * booth returns to the same spot.
 */
import { floorPlanInput } from "@pavilion/schema";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { isMissingBooth as isMissing } from "../booth/notFound.ts";
import { LoadError } from "../components/states.tsx";
import { FloorExperience } from "../floor/FloorExperience.tsx";
import { FloorNotFound } from "../floor/FloorNotFound.tsx";
import { useTRPC } from "../trpc.ts";

function FloorLoading() {
  const { t } = useTranslation("floor");
  return (
    <div className="container page-loading" role="status">
      <span className="spinner spinner--large" aria-hidden="true" />
      <span>{t("loading")}</span>
    </div>
  );
}

export function FloorPage() {
  const { slug = "" } = useParams();
  const valid = floorPlanInput.safeParse({ slug }).success;
  const trpc = useTRPC();
  const plan = useQuery(trpc.floor.plan.queryOptions({ slug }, { enabled: valid }));

  if (!valid || (plan.isError && isMissing(plan.error))) return <FloorNotFound />;
  if (plan.isError) {
    return (
      <div className="container page">
        <LoadError onRetry={() => void plan.refetch()} />
      </div>
    );
  }
  if (plan.isPending) return <FloorLoading />;
  // A new floor is a new visit: its own view, route and choices.
  return <FloorExperience key={plan.data.floor.id} plan={plan.data} />;
}
