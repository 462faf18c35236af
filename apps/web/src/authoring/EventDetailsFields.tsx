/** The event's own fields: format, titles, description, when, registration, who may watch and ask. */
import {
  EVENT_DESCRIPTION_MAX_LENGTH,
  EVENT_MAX_CAPACITY,
  EVENT_STREAM_MAX_LENGTH,
  EVENT_TITLE_MAX_LENGTH,
  eventAccessSchema,
  eventFormatSchema,
  questionAccessSchema,
  recordingAccessSchema,
} from "@pavilion/schema";
import { useTranslation } from "react-i18next";
import { SelectField } from "../cabinet/forms/fields.tsx";
import { FieldShell } from "../components/forms.tsx";
import { useLocale } from "../i18n/useLocale.ts";
import { timeZoneLabel } from "../lib/format.ts";
import { formatDay } from "../programme/time.ts";
import { BilingualText } from "./BilingualText.tsx";
import type { EditorValues, ExhibitionDays } from "./draftValues.ts";
import { daysBetween } from "./zonedTime.ts";

interface Props {
  values: EditorValues;
  set: (change: Partial<EditorValues>) => void;
  errors: Record<string, string>;
  exhibition: ExhibitionDays;
  organiser: boolean;
  disabled: boolean;
}

export function EventDetailsFields({ values, set, errors, exhibition, organiser, disabled }: Props) {
  const { t } = useTranslation("authoring");
  const locale = useLocale();
  const zone = timeZoneLabel(exhibition.timezone, locale, new Date(`${values.day}T12:00:00Z`));
  const days = daysBetween(exhibition.startsOn, exhibition.endsOn);
  if (values.day && !days.includes(values.day)) days.unshift(values.day);

  return (
    <>
      <fieldset className="form-group" disabled={disabled}>
        <legend className="form-group__title">{t("editor.about")}</legend>
        <SelectField
          name="event.format"
          label={t("editor.format")}
          value={values.format}
          onChange={(format) => set({ format: eventFormatSchema.parse(format) })}
          options={eventFormatSchema.options.map((format) => ({
            value: format,
            label: t(`programme:formats.${format}`),
          }))}
          error={errors["event.format"]}
        />
        {organiser ? (
          <FieldShell label={t("editor.stream")} hint={t("editor.streamHint")} error={errors["event.stream"]}>
            {({ id, describedBy, invalid }) => (
              <input
                id={id}
                className="field__input"
                name="event.stream"
                value={values.stream}
                maxLength={EVENT_STREAM_MAX_LENGTH}
                aria-describedby={describedBy}
                aria-invalid={invalid}
                onChange={(event) => set({ stream: event.target.value })}
              />
            )}
          </FieldShell>
        ) : null}
        <div className="form-group__wide">
          <BilingualText
            name="event.title"
            legend={t("editor.title")}
            value={values.title}
            onChange={(title) => set({ title })}
            errors={errors}
            maxLength={EVENT_TITLE_MAX_LENGTH}
          />
        </div>
        <div className="form-group__wide">
          <BilingualText
            name="event.description"
            legend={t("editor.description")}
            hint={t("editor.descriptionHint", { limit: EVENT_DESCRIPTION_MAX_LENGTH })}
            value={values.description}
            onChange={(description) => set({ description })}
            errors={errors}
            multiline
            rows={7}
            limit={EVENT_DESCRIPTION_MAX_LENGTH}
          />
        </div>
      </fieldset>

      <fieldset className="form-group authoring-when" disabled={disabled}>
        <legend className="form-group__title">{t("editor.when")}</legend>
        <p className="field__hint form-group__wide" data-testid="time-zone-note">
          {t("editor.zoneNote", { zone, id: exhibition.timezone })}
        </p>
        <SelectField
          name="event.day"
          label={t("editor.day")}
          value={values.day}
          onChange={(day) => set({ day })}
          options={days.map((day) => ({ value: day, label: formatDay(day, locale, true) }))}
        />
        <div className="authoring-times">
          <TimeInput
            name="event.startsAt"
            label={t("editor.start")}
            value={values.start}
            onChange={(start) => set({ start })}
            error={errors["event.startsAt"]}
          />
          <TimeInput
            name="event.endsAt"
            label={t("editor.end")}
            value={values.end}
            onChange={(end) => set({ end })}
            error={errors["event.endsAt"]}
          />
        </div>
      </fieldset>

      <fieldset className="form-group" disabled={disabled}>
        <legend className="form-group__title">{t("editor.registration")}</legend>
        <FieldShell
          label={t("editor.capacity")}
          hint={t("editor.capacityHint")}
          error={errors["event.capacity"]}
        >
          {({ id, describedBy, invalid }) => (
            <input
              id={id}
              className="field__input"
              type="number"
              inputMode="numeric"
              min={1}
              max={EVENT_MAX_CAPACITY}
              name="event.capacity"
              value={values.capacity}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              onChange={(event) => set({ capacity: event.target.value })}
            />
          )}
        </FieldShell>
        <SelectField
          name="event.registrationMode"
          label={t("editor.mode")}
          value={values.registrationMode}
          onChange={(mode) => set({ registrationMode: mode === "premoderated" ? "premoderated" : "open" })}
          options={[
            { value: "open", label: t("editor.modes.open") },
            { value: "premoderated", label: t("editor.modes.premoderated") },
          ]}
          hint={t(
            values.registrationMode === "premoderated"
              ? "editor.modeHintPremoderated"
              : "editor.modeHintOpen",
          )}
          error={errors["event.registrationMode"]}
        />
      </fieldset>

      <fieldset className="form-group" disabled={disabled}>
        <legend className="form-group__title">{t("editor.access")}</legend>
        <SelectField
          name="event.access.watch"
          label={t("editor.watch")}
          value={values.access.watch}
          onChange={(watch) => set({ access: { ...values.access, watch: eventAccessSchema.parse(watch) } })}
          options={eventAccessSchema.options.map((value) => ({ value, label: t(`access.watch.${value}`) }))}
          hint={t(`access.watchHint.${values.access.watch}`)}
          error={errors["event.access.watch"]}
        />
        <SelectField
          name="event.access.questions"
          label={t("editor.questions")}
          value={values.access.questions}
          onChange={(questions) =>
            set({ access: { ...values.access, questions: questionAccessSchema.parse(questions) } })
          }
          options={questionAccessSchema.options.map((value) => ({
            value,
            label: t(`access.questions.${value}`),
          }))}
          hint={t(`access.questionsHint.${values.access.questions}`)}
          error={errors["event.access.questions"]}
        />
        <SelectField
          name="event.access.recording"
          label={t("editor.recording")}
          value={values.access.recording}
          onChange={(recording) =>
            set({ access: { ...values.access, recording: recordingAccessSchema.parse(recording) } })
          }
          options={recordingAccessSchema.options.map((value) => ({
            value,
            label: t(`access.recording.${value}`),
          }))}
          hint={t(`access.recordingHint.${values.access.recording}`)}
          error={errors["event.access.recording"]}
        />
      </fieldset>
    </>
  );
}

function TimeInput({
  name,
  label,
  value,
  onChange,
  error,
}: {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
}) {
  return (
    <FieldShell label={label} error={error}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          className="field__input"
          type="time"
          name={name}
          value={value}
          required
          aria-describedby={describedBy}
          aria-invalid={invalid}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FieldShell>
  );
}
