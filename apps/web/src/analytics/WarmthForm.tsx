/** The weights, the half-life, how warmth fades, and Save / Reset to defaults. */
import type { WarmthKind, WarmthSettings } from "@pavilion/schema";
import type { UseMutationResult } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { FieldShell, FormAlert } from "../components/forms.tsx";
import { useFormErrors } from "../lib/useFormErrors.ts";
import {
  DEFAULT_DRAFT,
  decayed,
  draftOf,
  FIELD_NAMES,
  numberRanges,
  PER_MINUTE,
  parseDraft,
  sameDraft,
  WARMTH_KINDS,
  WARMTH_MINUTES_CAP,
  type WarmthDraft,
  weightField,
} from "./warmthForm.ts";

interface WarmthFormProps {
  saved: WarmthSettings;
  save: UseMutationResult<WarmthSettings, unknown, WarmthSettings, unknown>;
}

export function WarmthForm({ saved, save }: WarmthFormProps) {
  const { t } = useTranslation("analytics");
  const [draft, setDraft] = useState<WarmthDraft>(() => draftOf(saved));
  const [notice, setNotice] = useState<"saved" | "reset" | null>(null);
  const errors = useFormErrors(FIELD_NAMES, {
    rename: numberRanges,
    // Field names of this form come from its own labels.
    translate: (shared) => (key, options) => {
      const prefix = "errors:fieldNames.";
      if (!key.startsWith(prefix)) return shared(key, options);
      const field = key.slice(prefix.length);
      if (field === "halfLifeDays") return t("warmth.halfLife");
      const kind = field.replace(/^weights\./, "");
      return t(`warmth.kinds.${kind}`, { defaultValue: field });
    },
  });
  const dirty = !sameDraft(draft, draftOf(saved));
  const halfLife = Number(draft.halfLifeDays.replace(",", "."));
  const download = Number(draft.weights["material.download"].replace(",", "."));
  const exampleReady = halfLife >= 1 && halfLife <= 90 && download >= 0 && download <= 100;

  const edit = (change: (d: WarmthDraft) => WarmthDraft, field: string) => {
    setDraft(change);
    setNotice(null);
    errors.clearField(field);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseDraft(draft);
    if (!parsed.ok) return errors.report(parsed.error);
    errors.clear();
    setNotice(null);
    save.mutate(parsed.settings, {
      onSuccess: (next) => {
        setDraft(draftOf(next));
        setNotice("saved");
      },
      onError: errors.fail,
    });
  };

  return (
    <form className="warmth-form" ref={errors.formRef} onSubmit={submit} noValidate>
      <FormAlert message={errors.messages.form} ref={errors.alertRef} />
      <fieldset className="analytics-card warmth-form__weights" disabled={save.isPending}>
        <legend className="warmth-form__legend">{t("warmth.weightsLegend")}</legend>
        <p className="analytics-card__lead">{t("warmth.weightsHint")}</p>
        <div className="warmth-form__grid">
          {WARMTH_KINDS.map((kind: WarmthKind) => {
            const field = weightField(kind);
            return (
              <FieldShell
                key={kind}
                label={t(`warmth.kinds.${kind}`)}
                hint={t(PER_MINUTE.has(kind) ? "warmth.perMinute" : "warmth.perAction")}
                error={errors.messages.fields[field]}
                className="warmth-form__field"
              >
                {({ id, describedBy, invalid }) => (
                  <input
                    id={id}
                    name={field}
                    className="field__input warmth-form__input"
                    type="number"
                    inputMode="decimal"
                    min={0}
                    max={100}
                    step={PER_MINUTE.has(kind) ? 0.1 : 1}
                    value={draft.weights[kind]}
                    onChange={(event) => {
                      const value = event.target.value;
                      edit((d) => ({ ...d, weights: { ...d.weights, [kind]: value } }), field);
                    }}
                    aria-invalid={invalid}
                    aria-describedby={describedBy}
                  />
                )}
              </FieldShell>
            );
          })}
        </div>
      </fieldset>
      <fieldset className="analytics-card warmth-form__decay" disabled={save.isPending}>
        <legend className="warmth-form__legend">{t("warmth.decayTitle")}</legend>
        <p>{t("warmth.decayText", { cap: WARMTH_MINUTES_CAP })}</p>
        <FieldShell
          label={t("warmth.halfLife")}
          hint={t("warmth.halfLifeHint")}
          error={errors.messages.fields.halfLifeDays}
          className="warmth-form__field"
        >
          {({ id, describedBy, invalid }) => (
            <input
              id={id}
              name="halfLifeDays"
              className="field__input warmth-form__input"
              type="number"
              inputMode="decimal"
              min={1}
              max={90}
              step={1}
              value={draft.halfLifeDays}
              onChange={(event) => {
                const value = event.target.value;
                edit((d) => ({ ...d, halfLifeDays: value }), "halfLifeDays");
              }}
              aria-invalid={invalid}
              aria-describedby={describedBy}
            />
          )}
        </FieldShell>
        {exampleReady ? (
          <p className="warmth-form__example" aria-live="polite">
            {t("warmth.decayExample", {
              points: download,
              week: decayed(download, 7, halfLife),
              month: decayed(download, 30, halfLife),
            })}
          </p>
        ) : null}
      </fieldset>
      <div className="warmth-form__actions">
        <button
          type="submit"
          className="button button--primary"
          disabled={save.isPending}
          aria-busy={save.isPending || undefined}
        >
          {save.isPending ? <span className="spinner" aria-hidden="true" /> : null}
          {t("warmth.save")}
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={save.isPending || sameDraft(draft, DEFAULT_DRAFT)}
          onClick={() => {
            setDraft(DEFAULT_DRAFT);
            errors.clear();
            setNotice("reset");
          }}
        >
          {t("warmth.reset")}
        </button>
      </div>
      <div className="warmth-form__status" role="status">
        {save.isPending ? (
          <div className="warmth-progress">
            <span>{t("warmth.saving")}</span>
            <span className="warmth-progress__bar" aria-hidden="true">
              <span />
            </span>
          </div>
        ) : notice === "saved" ? (
          <p className="notice notice--success">{t("warmth.saved")}</p>
        ) : notice === "reset" ? (
          <p className="warmth-form__note">{t("warmth.resetDone")}</p>
        ) : dirty ? (
          <p className="warmth-form__note">{t("warmth.unsaved")}</p>
        ) : null}
      </div>
    </form>
  );
}
