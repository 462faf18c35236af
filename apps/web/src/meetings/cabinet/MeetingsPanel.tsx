/** The cabinet's one-to-one meetings: offering times, and the times with who booked them. */
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Panel } from "../../cabinet/frame/CabinetTab.tsx";
import { LoadError } from "../../components/states.tsx";
import { useTRPC } from "../../trpc.ts";
import { AddSlotsForm } from "./AddSlotsForm.tsx";
import { SlotList } from "./SlotList.tsx";
import "../meetings.css";

/** Bookings arrive from visitors: look again now and then. */
const REFRESH_MS = 30_000;

export function MeetingsPanel({ exhibitorId }: { exhibitorId: string }) {
  const { t } = useTranslation("meetings");
  const trpc = useTRPC();
  const meetings = useQuery(
    trpc.meetings.slots.queryOptions({ exhibitorId }, { staleTime: 0, refetchInterval: REFRESH_MS }),
  );
  const data = meetings.data;
  return (
    <Panel
      titleId="meetings-title"
      className="meetings-panel"
      title={t("cabinet.title")}
      lead={data ? t("cabinet.lead", { timeZone: data.timezone }) : undefined}
    >
      {meetings.isError && !data ? (
        <LoadError onRetry={() => void meetings.refetch()} />
      ) : !data ? (
        <p role="status">
          <span className="spinner" aria-hidden="true" />
          <span className="visually-hidden">{t("ui:common.loading")}</span>
        </p>
      ) : (
        <>
          <AddSlotsForm exhibitorId={exhibitorId} meetings={data} />
          <SlotList exhibitorId={exhibitorId} meetings={data} />
        </>
      )}
    </Panel>
  );
}
