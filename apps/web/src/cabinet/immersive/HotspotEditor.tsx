/**
 * A panorama's hotspots: its flat picture with numbered markers (a click places a new
 * hotspot or opens one), the list of them, and the form of the open one.
 */
import type { Panorama, Tour } from "@pavilion/schema";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { pickText } from "../../i18n/locale.ts";
import { useLocale } from "../../i18n/useLocale.ts";
import { useTRPC } from "../../trpc.ts";
import { Dialog } from "../Dialog.tsx";
import { formatDegrees } from "./format.ts";
import { type Choice, HotspotForm } from "./HotspotForm.tsx";
import { draftOf, type HotspotDraft, newDraft, parseDegrees } from "./hotspotDraft.ts";
import { type Marker, PanoramaPicture } from "./PanoramaPicture.tsx";
import { type Direction, levelFor } from "./place.ts";

export function HotspotEditor({
  exhibitorId,
  tour,
  panoramaId,
  titleOf,
  onClose,
  onChanged,
}: {
  exhibitorId: string;
  tour: Tour | undefined;
  /** The panorama whose hotspots are edited; null when the dialog is closed. */
  panoramaId: string | null;
  titleOf: (panorama: Panorama) => string;
  onClose: () => void;
  onChanged: (tour: Tour) => void;
}) {
  const { t } = useTranslation("immersive");
  const panorama = tour?.panoramas.find((each) => each.id === panoramaId) ?? null;
  return (
    <Dialog
      open={panorama !== null}
      title={panorama ? t("hotspots.title", { title: titleOf(panorama) }) : ""}
      onClose={onClose}
      size="large"
    >
      {panorama && tour ? (
        <Editor
          key={panorama.id}
          exhibitorId={exhibitorId}
          tour={tour}
          panorama={panorama}
          titleOf={titleOf}
          onClose={onClose}
          onChanged={onChanged}
        />
      ) : null}
    </Dialog>
  );
}

function Editor({
  exhibitorId,
  tour,
  panorama,
  titleOf,
  onClose,
  onChanged,
}: {
  exhibitorId: string;
  tour: Tour;
  panorama: Panorama;
  titleOf: (panorama: Panorama) => string;
  onClose: () => void;
  onChanged: (tour: Tour) => void;
}) {
  const { t } = useTranslation("immersive");
  const locale = useLocale();
  const trpc = useTRPC();
  const [draft, setDraft] = useState<HotspotDraft | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const addRef = useRef<HTMLButtonElement>(null);
  const materialsQuery = useQuery(trpc.cabinet.materials.queryOptions({ exhibitorId }));

  const others: Choice[] = tour.panoramas
    .filter((each) => each.id !== panorama.id)
    .map((each) => ({ value: each.id, label: titleOf(each) }));
  const materials: Choice[] = (materialsQuery.data ?? [])
    .filter((material) => material.published)
    .map((material) => ({ value: material.id, label: pickText(material.title, locale) || material.id }));

  const finished = (message: string) => (next: Tour) => {
    onChanged(next);
    setDraft(null);
    setAnnouncement(message);
    addRef.current?.focus();
  };
  const add = useMutation(
    trpc.immersive.addHotspot.mutationOptions({ onSuccess: finished(t("hotspots.saved")) }),
  );
  const update = useMutation(
    trpc.immersive.updateHotspot.mutationOptions({ onSuccess: finished(t("hotspots.saved")) }),
  );
  const remove = useMutation(
    trpc.immersive.removeHotspot.mutationOptions({ onSuccess: finished(t("hotspots.removed")) }),
  );

  function open(next: HotspotDraft | null) {
    for (const mutation of [add, update, remove]) mutation.reset();
    setDraft(next);
  }

  function placeNew(direction: Direction) {
    const otherIds = others.map((each) => each.value);
    if (draft && draft.id === null)
      setDraft({ ...draft, yaw: String(direction.yaw), pitch: String(direction.pitch) });
    else open(newDraft(direction, otherIds));
    setAnnouncement(
      t("hotspots.placed", {
        yaw: formatDegrees(direction.yaw, locale),
        pitch: formatDegrees(direction.pitch, locale),
      }),
    );
  }

  const numberOf = (id: string) => panorama.hotspots.findIndex((each) => each.id === id) + 1;
  const markers: Marker[] = panorama.hotspots.map((hotspot) => {
    const editing = draft?.id === hotspot.id ? draft : null;
    return {
      id: hotspot.id,
      mark: String(numberOf(hotspot.id)),
      yaw: (editing && parseDegrees(editing.yaw)) ?? hotspot.yaw,
      pitch: (editing && parseDegrees(editing.pitch)) ?? hotspot.pitch,
      selected: editing !== null,
    };
  });
  const draftYaw = draft ? parseDegrees(draft.yaw) : null;
  const draftPitch = draft ? parseDegrees(draft.pitch) : null;
  if (draft && draft.id === null && draftYaw !== null && draftPitch !== null) {
    markers.push({ id: "new", mark: "+", yaw: draftYaw, pitch: draftPitch, selected: true });
  }

  const whatOf = (hotspot: Panorama["hotspots"][number]) => {
    const label = pickText(hotspot.text, locale);
    if (hotspot.kind === "panorama") {
      const target = tour.panoramas.find((each) => each.id === hotspot.targetPanoramaId);
      return label || (target ? titleOf(target) : "—");
    }
    if (hotspot.kind === "material") return label || pickText(hotspot.material?.title, locale) || "—";
    return label || "—";
  };

  const level = levelFor(panorama.levels);
  const mutation = draft?.id ? update : add;
  return (
    <div className="hotspot-editor">
      <p className="dialog__text">{t("hotspots.lead")}</p>
      {level ? (
        <PanoramaPicture
          url={level.url}
          markers={markers}
          hint={t("hotspots.picture")}
          onPick={(direction, marker) => {
            const hotspot = marker && panorama.hotspots.find((each) => each.id === marker.id);
            if (hotspot) open(draftOf(hotspot));
            else if (marker?.id !== "new") placeNew(direction);
          }}
        />
      ) : null}
      <div className="hotspot-editor__body">
        <section className="hotspot-editor__list" aria-labelledby="hotspot-list-title">
          <h3 className="hotspot-editor__subtitle" id="hotspot-list-title">
            {t("hotspots.list")}
          </h3>
          {panorama.hotspots.length === 0 ? (
            <p className="hotspot-editor__empty">{t("hotspots.empty")}</p>
          ) : (
            <ol className="hotspot-list">
              {panorama.hotspots.map((hotspot, index) => (
                <li key={hotspot.id}>
                  <button
                    type="button"
                    className="hotspot-list__item"
                    aria-pressed={draft?.id === hotspot.id}
                    onClick={() => open(draftOf(hotspot))}
                  >
                    <span className="hotspot-list__what">
                      {t("hotspots.to", {
                        number: index + 1,
                        kind: t(`hotspots.kinds.${hotspot.kind}`),
                        what: whatOf(hotspot),
                      })}
                    </span>
                    <span className="hotspot-list__at">
                      {t("hotspots.at", {
                        yaw: formatDegrees(hotspot.yaw, locale),
                        pitch: formatDegrees(hotspot.pitch, locale),
                      })}
                    </span>
                  </button>
                </li>
              ))}
            </ol>
          )}
          <button
            type="button"
            className="button button--secondary button--sm"
            ref={addRef}
            data-autofocus
            onClick={() =>
              open(
                newDraft(
                  { yaw: 0, pitch: 0 },
                  others.map((each) => each.value),
                ),
              )
            }
          >
            {t("hotspots.add")}
          </button>
        </section>
        {draft ? (
          <HotspotForm
            key={draft.id ?? "new"}
            draft={draft}
            heading={
              draft.id ? t("hotspots.editTitle", { number: numberOf(draft.id) }) : t("hotspots.newTitle")
            }
            panoramas={others}
            materials={materials}
            onChange={setDraft}
            onSave={(hotspot) => {
              if (draft.id) update.mutate({ exhibitorId, hotspotId: draft.id, hotspot });
              else add.mutate({ exhibitorId, panoramaId: panorama.id, hotspot });
            }}
            onRemove={() => draft.id && remove.mutate({ exhibitorId, hotspotId: draft.id })}
            onCancel={() => {
              open(null);
              addRef.current?.focus();
            }}
            saving={mutation.isPending}
            removing={remove.isPending}
            failure={mutation.error ?? remove.error}
          />
        ) : null}
      </div>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      <div className="dialog__actions">
        <button type="button" className="button button--primary" onClick={onClose}>
          {t("hotspots.done")}
        </button>
      </div>
    </div>
  );
}
