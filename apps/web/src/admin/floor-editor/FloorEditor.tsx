/**
 * The organiser's editor for one floor: the plan to select and move booths on, the
 * selected booth's panel, and the searchable list of booths. Owns the selection and
 * the one unsaved change (the draft); saving sends it to the API, whose answer
 * (or refusal) the panel announces. Only the edited booth ever moves.
 */
import type { FloorBooth, FloorPlan } from "@pavilion/schema";
import { useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { boothName } from "../../booth/names.ts";
import { useLocale } from "../../i18n/useLocale.ts";
import { appErrorOf, formMessages, type Translate } from "../../lib/errors.ts";
import { BoothPanel, type EditResult } from "./BoothPanel.tsx";
import { BoothPicker } from "./BoothPicker.tsx";
import { type Draft, draftOf, draftProblem, isChanged, saveRequest } from "./draft.ts";
import { EditorMap, type EditorMapHandle } from "./EditorMap.tsx";
import { useSaveDraft } from "./useSaveDraft.ts";
import "./floor-editor.css";

export function FloorEditor({ plan }: { plan: FloorPlan }) {
  const { t } = useTranslation("floorEdit");
  const { t: tb } = useTranslation("booth");
  const locale = useLocale();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [result, setResult] = useState<EditResult | null>(null);
  const mapRef = useRef<EditorMapHandle>(null);
  const saving = useSaveDraft();
  const byId = useMemo(() => new Map(plan.booths.map((b) => [b.id, b])), [plan]);

  const selected = selectedId ? byId.get(selectedId) : undefined;
  const current = selected ? (draft?.boothId === selected.id ? draft : draftOf(selected)) : null;
  const changed = Boolean(selected && current && isChanged(current, selected));
  const problem = changed && current ? draftProblem(plan, current) : null;
  const busy = saving.isPending;

  const select = (id: string) => {
    if (id === selectedId || busy) return;
    setSelectedId(id);
    setDraft(null);
  };
  const edit = (next: Draft) => {
    if (busy) return;
    setSelectedId(next.boothId);
    setDraft(next);
    setResult(null);
  };
  const cancel = () => {
    if (!changed || busy) return;
    setDraft(null);
    setResult({ kind: "ok", text: t("panel.cancelled") });
  };
  const save = () => {
    const request = selected && current ? saveRequest(current, selected) : null;
    if (!selected || !request || busy) return;
    const name = boothName(selected.name, locale, tb("unnamed"));
    saving.mutate(request, {
      onSuccess: (next) => {
        const booth = next.booths.find((b) => b.exhibitorId === selected.exhibitorId);
        setDraft(null);
        setResult({ kind: "ok", text: t("panel.saved", { name, x: booth?.x, z: booth?.z }) });
      },
      onError: (error) => {
        // Refused: the booth returns to where it stands, and the server's reason is read out.
        setDraft(null);
        setResult({
          kind: "error",
          text: formMessages(appErrorOf(error), t as unknown as Translate, []).form ?? "",
        });
      },
    });
  };
  const pick = (booth: FloorBooth) => {
    select(booth.id);
    mapRef.current?.focusBooth(booth.id, true);
  };

  return (
    <div className="floor-editor">
      <EditorMap
        ref={mapRef}
        plan={plan}
        selectedId={selected?.id ?? null}
        draft={changed ? current : null}
        problem={problem}
        busy={busy}
        onSelect={select}
        onDraft={edit}
        onSave={save}
        onCancel={cancel}
      />
      <div className="floor-editor__side">
        <BoothPanel
          booth={selected}
          current={current}
          changed={changed}
          problem={problem}
          busy={busy}
          result={result}
          onSize={(size) => current && edit({ ...current, size })}
          onSave={save}
          onCancel={cancel}
        />
        <BoothPicker booths={plan.booths} selectedId={selected?.id ?? null} onPick={pick} />
      </div>
    </div>
  );
}
