/** One hotspot's form: what it does (and where it leads), its words, its direction; save or remove. */
import { type HotspotKind, hotspotKindSchema } from "@pavilion/schema";
import { type FormEvent, useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { FormAlert, SubmitButton } from "../../components/forms.tsx";
import { BilingualField } from "../forms/BilingualField.tsx";
import { SelectField } from "../forms/fields.tsx";
import { DegreesField } from "./DegreesField.tsx";
import { type HotspotDraft, type HotspotTarget, hotspotFields, targetOf } from "./hotspotDraft.ts";
import { useImmersiveForm } from "./useImmersiveForm.ts";

export interface Choice {
  value: string;
  label: string;
}

export function HotspotForm({
  draft,
  heading,
  panoramas,
  materials,
  onChange,
  onSave,
  onRemove,
  onCancel,
  saving,
  removing,
  failure,
}: {
  draft: HotspotDraft;
  heading: string;
  /** The other panoramas of the tour it may lead to. */
  panoramas: readonly Choice[];
  /** The company's materials shown to visitors. */
  materials: readonly Choice[];
  onChange: (draft: HotspotDraft) => void;
  onSave: (target: HotspotTarget) => void;
  onRemove: () => void;
  onCancel: () => void;
  saving: boolean;
  removing: boolean;
  /** What the server said when saving or removing failed. */
  failure: unknown;
}) {
  const { t } = useTranslation("immersive");
  const form = useImmersiveForm(hotspotFields, "hotspot");
  const errors = form.messages.fields;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { fail } = form;

  // A new draft (a click on the picture, "Add a hotspot", a marker) starts the keyboard here.
  // (The form is keyed by the hotspot, so this runs once per hotspot opened.)
  useEffect(() => headingRef.current?.focus(), []);
  useEffect(() => {
    if (failure) fail(failure);
  }, [failure, fail]);

  const set = (change: Partial<HotspotDraft>, ...fields: string[]) => {
    onChange({ ...draft, ...change });
    for (const field of fields) form.clearField(field);
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    const result = targetOf(draft);
    if ("problem" in result) return form.report(result.problem);
    form.clear();
    onSave(result.target);
  }

  return (
    <form className="form hotspot-form" noValidate onSubmit={submit} ref={form.formRef}>
      <h3 className="hotspot-form__title" ref={headingRef} tabIndex={-1}>
        {heading}
      </h3>
      <FormAlert message={form.messages.form} ref={form.alertRef} />
      <fieldset className="hotspot-form__kinds">
        <legend className="field__label">{t("hotspots.kind")}</legend>
        {hotspotKindSchema.options.map((kind: HotspotKind) => (
          <label key={kind} className="radio-option">
            <input
              type="radio"
              name="kind"
              value={kind}
              checked={draft.kind === kind}
              onChange={() => set({ kind }, "targetPanoramaId", "materialId", "text.ru")}
            />
            <span>{t(`hotspots.kinds.${kind}`)}</span>
          </label>
        ))}
      </fieldset>
      {draft.kind === "panorama" ? (
        panoramas.length > 0 ? (
          <SelectField
            name="targetPanoramaId"
            label={t("hotspots.target")}
            value={draft.targetPanoramaId}
            onChange={(targetPanoramaId) => set({ targetPanoramaId }, "targetPanoramaId")}
            options={panoramas}
            placeholder={t("hotspots.choosePanorama")}
            error={errors.targetPanoramaId}
          />
        ) : (
          <p className="hotspot-form__note">{t("hotspots.noOtherPanoramas")}</p>
        )
      ) : null}
      {draft.kind === "material" ? (
        materials.length > 0 ? (
          <SelectField
            name="materialId"
            label={t("hotspots.material")}
            value={draft.materialId}
            onChange={(materialId) => set({ materialId }, "materialId")}
            options={materials}
            placeholder={t("hotspots.chooseMaterial")}
            error={errors.materialId}
          />
        ) : (
          <p className="hotspot-form__note">{t("hotspots.noMaterials")}</p>
        )
      ) : null}
      <BilingualField
        name="text"
        legend={draft.kind === "caption" ? t("hotspots.caption") : t("hotspots.label")}
        hint={draft.kind === "caption" ? undefined : t("hotspots.labelHint")}
        value={draft.text}
        onChange={(text) => set({ text }, "text.ru", "text.en")}
        errors={errors}
        multiline={draft.kind === "caption"}
        maxLength={300}
      />
      <div className="hotspot-form__place">
        <DegreesField
          name="yaw"
          label={t("hotspots.yaw")}
          hint={t("hotspots.yawHint")}
          value={draft.yaw}
          onChange={(yaw) => set({ yaw }, "yaw")}
          error={errors.yaw}
          limit={180}
        />
        <DegreesField
          name="pitch"
          label={t("hotspots.pitch")}
          hint={t("hotspots.pitchHint")}
          value={draft.pitch}
          onChange={(pitch) => set({ pitch }, "pitch")}
          error={errors.pitch}
          limit={90}
        />
      </div>
      <div className="dialog__actions hotspot-form__actions">
        {draft.id ? (
          <button
            type="button"
            className="button button--ghost button--danger hotspot-form__remove"
            onClick={onRemove}
            disabled={removing}
            aria-busy={removing || undefined}
            aria-label={t("hotspots.removeNamed", { heading })}
          >
            {t("hotspots.remove")}
          </button>
        ) : null}
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t("cabinet:dialog.cancel")}
        </button>
        <div>
          <SubmitButton pending={saving} busyLabel={t("hotspots.saving")}>
            {t("hotspots.save")}
          </SubmitButton>
        </div>
      </div>
    </form>
  );
}
