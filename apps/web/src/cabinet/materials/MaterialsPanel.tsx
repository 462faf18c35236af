import type { CabinetMaterial } from "@pavilion/schema";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
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
import { useCabinet, useCabinetTitle, useRefreshOverview } from "../useCabinet.ts";
import { AddMaterial } from "./AddMaterial.tsx";
import { EditMaterialDialog } from "./EditMaterialDialog.tsx";
import { MaterialRow } from "./MaterialRow.tsx";
import { QuotaMeter } from "./QuotaMeter.tsx";
import "./materials.css";

/** The materials tab: storage used, adding, and the list in the order visitors see it. */
export function MaterialsPanel() {
  const { t } = useTranslation("cabinet");
  const translate = t as unknown as Translate;
  const locale = useLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { overview } = useCabinet();
  const { exhibitorId } = overview;
  useCabinetTitle("materials");
  const refreshOverview = useRefreshOverview(exhibitorId);
  const listKey = trpc.cabinet.materials.queryKey({ exhibitorId });
  const materials = useQuery(trpc.cabinet.materials.queryOptions({ exhibitorId }));
  const [editing, setEditing] = useState<CabinetMaterial | null>(null);
  const [deleting, setDeleting] = useState<CabinetMaterial | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [actionError, setActionError] = useState<string | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const afterDelete = useFocusAfterRemoval(headingRef);
  const focusAfterMove = useFocusAfterMove(listRef);

  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: listKey });
    refreshOverview();
  };
  const setList = (update: (list: CabinetMaterial[]) => CabinetMaterial[]) =>
    queryClient.setQueryData(listKey, (list) => (list ? update(list) : list));
  const failed = (error: unknown) => {
    setActionError(errorMessage(error, translate));
    refresh();
  };

  // Each change answers with the whole list as the server now has it.
  const settled = {
    onSuccess: (list: CabinetMaterial[]) => setList(() => list),
    onSettled: refresh,
    onError: failed,
  };
  const publish = useMutation(trpc.cabinet.publishMaterial.mutationOptions(settled));
  const reorder = useMutation(trpc.cabinet.reorderMaterials.mutationOptions(settled));
  const remove = useMutation(
    trpc.cabinet.removeMaterial.mutationOptions({
      onSuccess: (_, input) => {
        const gone = materials.data?.find((material) => material.id === input.materialId);
        setAnnouncement(t("materials.deleted", { title: gone ? titleOf(gone) : "" }));
        setList((list) => list.filter((material) => material.id !== input.materialId));
        afterDelete.removed();
        setDeleting(null);
        refresh();
      },
    }),
  );

  const titleOf = (material: CabinetMaterial) => pickText(material.title, locale) || t("materials.untitled");

  function move(list: CabinetMaterial[], index: number, delta: -1 | 1) {
    const material = list[index];
    if (!material) return;
    const next = moveItem(list, index, delta);
    focusAfterMove(material.id, delta);
    setActionError(null);
    setList(() => next);
    setAnnouncement(
      t("materials.moved", { title: titleOf(material), position: index + delta + 1, total: list.length }),
    );
    reorder.mutate({ exhibitorId, materialIds: next.map((each) => each.id) });
  }

  function setPublished(material: CabinetMaterial, published: boolean) {
    setActionError(null);
    setList((list) => list.map((each) => (each.id === material.id ? { ...each, published } : each)));
    publish.mutate({ exhibitorId, materialId: material.id, published });
  }

  const list = materials.data;
  return (
    <CabinetTab
      main={
        <section className="panel" aria-labelledby="materials-title">
          <div className="panel__head">
            <div>
              <h2 className="panel__title" id="materials-title" ref={headingRef} tabIndex={-1}>
                {t("materials.title")}
              </h2>
              <p className="panel__lead">{t("materials.lead")}</p>
            </div>
            <QuotaMeter quota={overview.quota} />
          </div>
          <CabinetListBody
            items={list}
            failed={materials.isError}
            onRetry={() => void materials.refetch()}
            emptyText={t("materials.empty")}
            actionError={actionError}
          >
            {(items) => (
              <ol className="ordered-list" ref={listRef}>
                {items.map((material, index) => (
                  <MaterialRow
                    key={material.id}
                    material={material}
                    title={titleOf(material)}
                    index={index}
                    total={items.length}
                    actions={{
                      onPublish: (published) => setPublished(material, published),
                      onMove: (delta) => move([...items], index, delta),
                      onEdit: () => setEditing(material),
                      onDelete: () => {
                        remove.reset();
                        afterDelete.opened();
                        setDeleting(material);
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
      side={<AddMaterial onAdded={refresh} />}
    >
      <EditMaterialDialog
        exhibitorId={exhibitorId}
        material={editing}
        title={editing ? titleOf(editing) : ""}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setAnnouncement(t("materials.editSaved"));
          refresh();
        }}
      />
      <ConfirmDialog
        open={deleting !== null}
        title={t("materials.deleteTitle", { title: deleting ? titleOf(deleting) : "" })}
        text={t("materials.deleteText")}
        confirmLabel={t("materials.deleteConfirm")}
        action={remove}
        onConfirm={() => deleting && remove.mutate({ exhibitorId, materialId: deleting.id })}
        onClose={() => setDeleting(null)}
        // A deleted row takes its Delete button along: focus goes to the list's heading.
        restoreFocus={afterDelete.restoreFocus}
      />
    </CabinetTab>
  );
}
