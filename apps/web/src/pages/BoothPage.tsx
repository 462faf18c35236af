/** A booth's page, /booths/:exhibitorId: loads `booth.page`; a missing or malformed id is "not found". */
import { boothPageInput } from "@pavilion/schema";
import { useQuery } from "@tanstack/react-query";
import { useParams } from "react-router";
import { BoothNotFound } from "../booth/BoothNotFound.tsx";
import { BoothView } from "../booth/BoothView.tsx";
import { isMissingBooth } from "../booth/notFound.ts";
import { LoadError, PageLoading } from "../components/states.tsx";
import { useTRPC } from "../trpc.ts";

export function BoothPage() {
  const { exhibitorId = "" } = useParams();
  // The API takes only UUIDs; anything else cannot be a booth, so it is not even asked.
  const valid = boothPageInput.safeParse({ exhibitorId }).success;
  const trpc = useTRPC();
  const page = useQuery(trpc.booth.page.queryOptions({ exhibitorId }, { enabled: valid }));

  if (!valid || (page.isError && isMissingBooth(page.error))) return <BoothNotFound />;
  if (page.isError) {
    return (
      <div className="container page">
        <LoadError onRetry={() => void page.refetch()} />
      </div>
    );
  }
  if (page.isPending) return <PageLoading />;
  return <BoothView booth={page.data} />;
}
