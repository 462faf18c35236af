/** The company a cabinet page works on, shared by its tabs, and the updates they make to it. */
import type { CabinetOverview, Draft } from "@pavilion/schema";
import { useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import { useOutletContext } from "react-router";
import { pickText } from "../i18n/locale.ts";
import { useLocale } from "../i18n/useLocale.ts";
import { useDocumentTitle } from "../lib/useDocumentTitle.ts";
import { useTRPC } from "../trpc.ts";

/** What the cabinet's frame passes to the tab it shows. */
export interface CabinetContext {
  overview: CabinetOverview;
}

/** The company of the cabinet page this tab is in. */
export function useCabinet(): CabinetContext {
  return useOutletContext<CabinetContext>();
}

/**
 * Puts a draft the API returned into the company's overview (the status banner
 * reads it at once) and refreshes what depends on it.
 */
export function useApplyDraft(exhibitorId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useCallback(
    (draft: Draft) => {
      queryClient.setQueryData(trpc.cabinet.overview.queryKey({ exhibitorId }), (overview) =>
        overview ? { ...overview, draft } : overview,
      );
      void queryClient.invalidateQueries({ queryKey: trpc.cabinet.overview.queryKey({ exhibitorId }) });
      void queryClient.invalidateQueries({ queryKey: trpc.cabinet.mine.queryKey() });
      void queryClient.invalidateQueries({ queryKey: trpc.cabinet.preview.queryKey({ exhibitorId }) });
    },
    [exhibitorId, queryClient, trpc],
  );
}

/** Refreshes the overview (quota, materials waiting for approval) after materials change. */
export function useRefreshOverview(exhibitorId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useCallback(() => {
    void queryClient.invalidateQueries({ queryKey: trpc.cabinet.overview.queryKey({ exhibitorId }) });
    void queryClient.invalidateQueries({ queryKey: trpc.cabinet.preview.queryKey({ exhibitorId }) });
  }, [exhibitorId, queryClient, trpc]);
}

/** Sets the tab's title to "Section — Company". */
export function useCabinetTitle(tab: "profile" | "materials" | "team" | "preview" | "activity") {
  const { t } = useTranslation("cabinet");
  const locale = useLocale();
  const { overview } = useCabinet();
  const name = pickText(overview.draft.profile.name, locale);
  useDocumentTitle(name ? `${t(`nav.${tab}`)} — ${name}` : t(`nav.${tab}`));
}
