/** The tab's first row: the company's models in order, and adding one. */

import type { ProductModel } from "@pavilion/schema";
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
import { QuotaMeter } from "../materials/QuotaMeter.tsx";
import { useCabinet, useRefreshOverview } from "../useCabinet.ts";
import { AddModel } from "./AddModel.tsx";
import { EditModelDialog } from "./EditModelDialog.tsx";
import { ModelRow } from "./ModelRow.tsx";

export function ModelsSection() {
  const { t } = useTranslation("immersive");
  const locale = useLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { overview } = useCabinet();
  const { exhibitorId } = overview;
  const refreshOverview = useRefreshOverview(exhibitorId);
  const listKey = trpc.immersive.models.queryKey({ exhibitorId });
  const models = useQuery(trpc.immersive.models.queryOptions({ exhibitorId }));
  const [editing, setEditing] = useState<ProductModel | null>(null);
  const [removing, setRemoving] = useState<ProductModel | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [actionError, setActionError] = useState<string | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const afterRemove = useFocusAfterRemoval(headingRef);
  const focusAfterMove = useFocusAfterMove(listRef);

  const titleOf = (model: ProductModel) => pickText(model.title, locale) || t("models.untitled");
  const setList = (list: ProductModel[]) => queryClient.setQueryData(listKey, list);
  const refresh = () => void queryClient.invalidateQueries({ queryKey: listKey });
  // Each change answers with the whole list as the server now has it.
  const settled = {
    onSuccess: setList,
    onError: (error: unknown) => {
      setActionError(errorMessage(error, t as unknown as Translate));
      refresh();
    },
  };
  const feature = useMutation(trpc.immersive.featureModel.mutationOptions(settled));
  const reorder = useMutation(trpc.immersive.reorderModels.mutationOptions(settled));
  const remove = useMutation(
    trpc.immersive.removeModel.mutationOptions({
      onSuccess: (list) => {
        setAnnouncement(t("models.removed", { title: removing ? titleOf(removing) : "" }));
        setList(list);
        afterRemove.removed();
        setRemoving(null);
        refreshOverview();
      },
    }),
  );

  function move(list: ProductModel[], index: number, delta: -1 | 1) {
    const model = list[index];
    if (!model) return;
    const next = moveItem(list, index, delta);
    focusAfterMove(model.id, delta);
    setActionError(null);
    setList(next);
    setAnnouncement(
      t("models.moved", { title: titleOf(model), position: index + delta + 1, total: list.length }),
    );
    reorder.mutate({ exhibitorId, modelIds: next.map((each) => each.id) });
  }

  function setFeatured(model: ProductModel, featured: boolean) {
    setActionError(null);
    queryClient.setQueryData(listKey, (old) =>
      old?.map((each) => ({ ...each, featured: featured && each.id === model.id })),
    );
    feature.mutate({ exhibitorId, modelId: featured ? model.id : null });
    setAnnouncement(
      featured ? t("models.featuredNow", { title: titleOf(model) }) : t("models.unfeaturedNow"),
    );
  }

  const list = models.data;
  return (
    <CabinetTab
      main={
        <section className="panel" aria-labelledby="models-title">
          <div className="panel__head">
            <div>
              <h2 className="panel__title" id="models-title" ref={headingRef} tabIndex={-1}>
                {t("models.title")}
              </h2>
              <p className="panel__lead">{t("models.lead")}</p>
            </div>
            <QuotaMeter quota={overview.quota} />
          </div>
          <CabinetListBody
            items={list}
            failed={models.isError}
            onRetry={() => void models.refetch()}
            emptyText={t("models.empty")}
            actionError={actionError}
          >
            {(items) => (
              <ol className="ordered-list" ref={listRef}>
                {items.map((model, index) => (
                  <ModelRow
                    key={model.id}
                    model={model}
                    title={titleOf(model)}
                    index={index}
                    total={items.length}
                    actions={{
                      onFeature: (featured) => setFeatured(model, featured),
                      onMove: (delta) => move([...items], index, delta),
                      onEdit: () => setEditing(model),
                      onRemove: () => {
                        remove.reset();
                        afterRemove.opened();
                        setRemoving(model);
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
        <AddModel
          anyFeatured={list?.some((model) => model.featured) ?? false}
          onAdded={(next) => {
            setList(next);
            refreshOverview();
          }}
        />
      }
    >
      <EditModelDialog
        exhibitorId={exhibitorId}
        model={editing}
        title={editing ? titleOf(editing) : ""}
        onClose={() => setEditing(null)}
        onSaved={(next) => {
          setList(next);
          setAnnouncement(t("models.editSaved"));
        }}
      />
      <ConfirmDialog
        open={removing !== null}
        title={t("models.removeTitle", { title: removing ? titleOf(removing) : "" })}
        text={t("models.removeText")}
        confirmLabel={t("models.removeConfirm")}
        action={remove}
        onConfirm={() => removing && remove.mutate({ exhibitorId, modelId: removing.id })}
        onClose={() => setRemoving(null)}
        // A removed row takes its Remove button along: focus goes to the list's heading.
        restoreFocus={afterRemove.restoreFocus}
      />
    </CabinetTab>
  );
}
