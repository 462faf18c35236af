import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { BoothView } from "../../booth/BoothView.tsx";
import { LoadError, PageLoading } from "../../components/states.tsx";
import { useTRPC } from "../../trpc.ts";
import { useCabinet, useCabinetTitle } from "../useCabinet.ts";
import { PreviewFrame } from "./PreviewFrame.tsx";

/** The preview tab: the booth page built from the draft, under a ribbon saying visitors do not see it. */
export function PreviewPanel() {
  const { t } = useTranslation("cabinet");
  const trpc = useTRPC();
  const { overview } = useCabinet();
  const preview = useQuery(
    trpc.cabinet.preview.queryOptions({ exhibitorId: overview.exhibitorId }, { staleTime: 0 }),
  );

  let body = null;
  if (preview.isError && !preview.data) body = <LoadError onRetry={() => void preview.refetch()} />;
  else if (!preview.data) body = <PageLoading />;
  else body = <BoothView booth={preview.data} mode="preview" />;

  return (
    <PreviewFrame ribbon={t("preview.ribbon")} lead={t("preview.lead")}>
      {body}
      <CabinetTitle />
    </PreviewFrame>
  );
}

/** BoothView names the browser tab after the booth; rendered after it, this names it after the cabinet. */
function CabinetTitle() {
  useCabinetTitle("preview");
  return null;
}
