/**
 * /cabinet/:exhibitorId/*: one company's cabinet. Loads the company's overview,
 * says who may not open it, and frames the tab the address names.
 */
import { exhibitorScope } from "@pavilion/schema";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Navigate, useParams } from "react-router";
import { useSession } from "../auth/session.ts";
import { CabinetFrame } from "../cabinet/frame/CabinetFrame.tsx";
import { NoAccessGate, SignInGate } from "../cabinet/Gate.tsx";
import { LoadError, PageLoading } from "../components/states.tsx";
import { httpStatusOf } from "../lib/errors.ts";
import { useTRPC } from "../trpc.ts";
import "../cabinet/cabinet.css";

export function CabinetExhibitorPage() {
  const { t } = useTranslation("cabinet");
  const { exhibitorId = "" } = useParams();
  const valid = exhibitorScope.safeParse({ exhibitorId }).success;
  const trpc = useTRPC();
  const session = useSession();
  const overview = useQuery(
    trpc.cabinet.overview.queryOptions({ exhibitorId }, { enabled: valid && Boolean(session.data) }),
  );

  if (session.isPending) return <PageLoading />;
  if (!session.data) return <SignInGate title={t("gate.signInTitle")} text={t("gate.signInText")} />;
  const status = httpStatusOf(overview.error);
  if (!valid || (overview.isError && status !== undefined && status < 500)) {
    return (
      <NoAccessGate
        title={t("gate.noAccessTitle")}
        text={t("gate.noAccessText")}
        back={{ to: "/cabinet", label: t("gate.backToList") }}
      />
    );
  }
  if (overview.isError && !overview.data) {
    return (
      <div className="container page">
        <LoadError onRetry={() => void overview.refetch()} />
      </div>
    );
  }
  if (!overview.data) return <PageLoading />;
  return <CabinetFrame overview={overview.data} />;
}

/** /cabinet/:exhibitorId opens the profile tab. */
export function CabinetIndexRedirect() {
  return <Navigate to="profile" replace />;
}
