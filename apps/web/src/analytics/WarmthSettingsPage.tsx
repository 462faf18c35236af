/**
 * /admin/analytics/warmth: the points each kind of visitor action adds to a lead's warmth, the
 * half-life with which they fade, saving (every lead is rescored, which can take a moment) and
 * the defaults.
 */
import type { WarmthSettings } from "@pavilion/schema";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { BackLink } from "../components/BackLink.tsx";
import { LoadError, PageLoading } from "../components/states.tsx";
import { useDocumentTitle } from "../lib/useDocumentTitle.ts";
import { useOrganiserGate } from "../moderation/useOrganiserGate.tsx";
import { useTRPC } from "../trpc.ts";
import { WarmthForm } from "./WarmthForm.tsx";
import "../cabinet/cabinet.css";
import "./analytics.css";

export function WarmthSettingsPage() {
  const { t } = useTranslation("analytics");
  useDocumentTitle(t("warmth.title"));
  const { organiser, gate } = useOrganiserGate("analytics");
  if (!organiser) return gate;
  return <WarmthSettingsLoaded />;
}

function WarmthSettingsLoaded() {
  const { t } = useTranslation("analytics");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const settings = useQuery(trpc.stats.warmthSettings.queryOptions({}));
  const save = useMutation(
    trpc.stats.setWarmthSettings.mutationOptions({
      onSuccess: (saved: WarmthSettings) => {
        queryClient.setQueryData(trpc.stats.warmthSettings.queryKey({}), saved);
        // Scores changed everywhere: the cabinets' lead tables read them afresh.
        void queryClient.invalidateQueries({ queryKey: trpc.leads.pathKey() });
      },
    }),
  );

  return (
    <div className="container page analytics warmth">
      <header className="page-header">
        <BackLink to="/admin/analytics" label={t("warmth.back")} />
        <h1 className="page-title">{t("warmth.title")}</h1>
        <p className="page-lead">{t("warmth.lead")}</p>
      </header>
      {settings.isError ? (
        <LoadError onRetry={() => void settings.refetch()} />
      ) : !settings.data ? (
        <PageLoading />
      ) : (
        <WarmthForm saved={settings.data} save={save} />
      )}
    </div>
  );
}
