/** The tab's second row: the tour's panoramas in order (the first is where it starts), and adding one. */

import type { Panorama, Tour } from "@pavilion/schema";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Icon } from "../../components/Icon.tsx";
import { pickText } from "../../i18n/locale.ts";
import { useLocale } from "../../i18n/useLocale.ts";
import type { Translate } from "../../lib/errors.ts";
import { useTRPC } from "../../trpc.ts";
import { ConfirmDialog, useFocusAfterRemoval } from "../Dialog.tsx";
import { errorMessage } from "../forms/messages.ts";
import { CabinetTab } from "../frame/CabinetTab.tsx";
import { CabinetListBody } from "../list/CabinetListBody.tsx";
import { moveItem } from "../list/order.ts";
import { useFocusAfterMove } from "../list/useFocusAfterMove.ts";
import { useCabinet, useRefreshOverview } from "../useCabinet.ts";
import { AddPanorama } from "./AddPanorama.tsx";
import { EditPanoramaDialog } from "./EditPanoramaDialog.tsx";
import { HotspotEditor } from "./HotspotEditor.tsx";
import { PanoramaRow } from "./PanoramaRow.tsx";

export function TourSection() {
  const { t } = useTranslation("immersive");
  const locale = useLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { overview } = useCabinet();
  const { exhibitorId } = overview;
  const refreshOverview = useRefreshOverview(exhibitorId);
  const tourKey = trpc.immersive.tour.queryKey({ exhibitorId });
  const tour = useQuery(trpc.immersive.tour.queryOptions({ exhibitorId }));
  const [editing, setEditing] = useState<Panorama | null>(null);
  const [removing, setRemoving] = useState<Panorama | null>(null);
  const [hotspotsOf, setHotspotsOf] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [actionError, setActionError] = useState<string | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const afterRemove = useFocusAfterRemoval(headingRef);
  const focusAfterMove = useFocusAfterMove(listRef);

  const titleOf = (panorama: Panorama) => pickText(panorama.title, locale) || t("tour.untitled");
  const setTour = (next: Tour) => queryClient.setQueryData(tourKey, next);
  const reorder = useMutation(
    trpc.immersive.reorderPanoramas.mutationOptions({
      onSuccess: setTour,
      onError: (error) => {
        setActionError(errorMessage(error, t as unknown as Translate));
        void queryClient.invalidateQueries({ queryKey: tourKey });
      },
    }),
  );
  const remove = useMutation(
    trpc.immersive.removePanorama.mutationOptions({
      onSuccess: (next) => {
        setAnnouncement(t("tour.removed", { title: removing ? titleOf(removing) : "" }));
        setTour(next);
        afterRemove.removed();
        setRemoving(null);
        refreshOverview();
      },
    }),
  );

  function move(list: Panorama[], index: number, delta: -1 | 1) {
    const panorama = list[index];
    if (!panorama || !tour.data) return;
    const next = moveItem(list, index, delta);
    focusAfterMove(panorama.id, delta);
    setActionError(null);
    setTour({ ...tour.data, panoramas: next });
    setAnnouncement(
      t("tour.moved", { title: titleOf(panorama), position: index + delta + 1, total: list.length }),
    );
    reorder.mutate({ exhibitorId, panoramaIds: next.map((each) => each.id) });
  }

  const list = tour.data?.panoramas;
  return (
    <CabinetTab
      main={
        <section className="panel" aria-labelledby="tour-title">
          <div className="panel__head">
            <div>
              <h2 className="panel__title" id="tour-title" ref={headingRef} tabIndex={-1}>
                {t("tour.title")}
              </h2>
              <p className="panel__lead">{t("tour.lead")}</p>
            </div>
            {list && list.length > 0 ? (
              <Link className="button button--secondary button--sm" to={`/booths/${exhibitorId}/tour`}>
                {t("tour.preview")}
                <Icon name="arrowRight" size={16} />
              </Link>
            ) : null}
          </div>
          <CabinetListBody
            items={list}
            failed={tour.isError}
            onRetry={() => void tour.refetch()}
            emptyText={t("tour.empty")}
            actionError={actionError}
          >
            {(items) => (
              <ol className="ordered-list" ref={listRef}>
                {items.map((panorama, index) => (
                  <PanoramaRow
                    key={panorama.id}
                    panorama={panorama}
                    title={titleOf(panorama)}
                    index={index}
                    total={items.length}
                    actions={{
                      onHotspots: () => setHotspotsOf(panorama.id),
                      onMove: (delta) => move([...items], index, delta),
                      onEdit: () => setEditing(panorama),
                      onRemove: () => {
                        remove.reset();
                        afterRemove.opened();
                        setRemoving(panorama);
                      },
                    }}
                  />
                ))}
              </ol>
            )}
          </CabinetListBody>
          <p className="visually-hidden" role="status">
            {announcement}
          </p>
        </section>
      }
      side={
        <AddPanorama
          onAdded={(next) => {
            setTour(next);
            refreshOverview();
          }}
        />
      }
    >
      <HotspotEditor
        exhibitorId={exhibitorId}
        tour={tour.data}
        panoramaId={hotspotsOf}
        titleOf={titleOf}
        onClose={() => setHotspotsOf(null)}
        onChanged={setTour}
      />
      <EditPanoramaDialog
        exhibitorId={exhibitorId}
        panorama={editing}
        title={editing ? titleOf(editing) : ""}
        onClose={() => setEditing(null)}
        onSaved={(next) => {
          setTour(next);
          setAnnouncement(t("tour.editSaved"));
        }}
      />
      <ConfirmDialog
        open={removing !== null}
        title={t("tour.removeTitle", { title: removing ? titleOf(removing) : "" })}
        text={t("tour.removeText")}
        confirmLabel={t("tour.removeConfirm")}
        action={remove}
        onConfirm={() => removing && remove.mutate({ exhibitorId, panoramaId: removing.id })}
        onClose={() => setRemoving(null)}
        // A removed row takes its Remove button along: focus goes to the list's heading.
        restoreFocus={afterRemove.restoreFocus}
      />
    </CabinetTab>
  );
}
