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
import { ExhibitorQueryGate, SignInGate } from "../cabinet/Gate.tsx";
import { PageLoading } from "../components/states.tsx";
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
  const refused = {
    title: t("gate.noAccessTitle"),
    text: t("gate.noAccessText"),
    back: { to: "/cabinet", label: t("gate.backToList") },
  };
  return (
    <ExhibitorQueryGate valid={valid} query={overview} refused={refused}>
      {(data) => <CabinetFrame overview={data} />}
    </ExhibitorQueryGate>
  );
}

/** /cabinet/:exhibitorId opens the profile tab. */
export function CabinetIndexRedirect() {
  return <Navigate to="profile" replace />;
}
