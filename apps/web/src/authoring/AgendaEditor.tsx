/**
 * The event's timed agenda (SEEDS.md 001): registration, talks with 2–3 theses each and their
 * speaker, breaks, Q&A. Items are added, removed and moved with focus kept on the control used.
 */
import {
  AGENDA_MAX_ITEMS,
  AGENDA_TITLE_MAX_LENGTH,
  type AgendaItemKind,
  agendaItemKindSchema,
} from "@pavilion/schema";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { FieldError } from "../components/forms.tsx";
import { BilingualText } from "./BilingualText.tsx";
import { type AgendaRow, type EditorValues, moved, newAgendaRow } from "./draftValues.ts";
import { RowControls } from "./RowControls.tsx";
import { ThesesField } from "./ThesesField.tsx";
import { useKeepFocus } from "./useKeepFocus.ts";

interface Props {
  values: EditorValues;
  onChange: (agenda: AgendaRow[]) => void;
  /** The event's speakers, for a talk's speaker. */
  speakers: { id: string; name: string }[];
  errors: Record<string, string>;
  disabled: boolean;
}

const kinds = agendaItemKindSchema.options;

export function AgendaEditor({ values, onChange, speakers, errors, disabled }: Props) {
  const { t } = useTranslation("authoring");
  const ref = useRef<HTMLFieldSetElement>(null);
  const keepFocus = useKeepFocus(ref);
  const [kind, setKind] = useState<AgendaItemKind>("talk");
  const agenda = values.agenda;

  function update(index: number, row: AgendaRow) {
    onChange(agenda.map((current, i) => (i === index ? row : current)));
  }

  return (
    <fieldset className="form-group authoring-agenda" ref={ref} disabled={disabled}>
      <legend className="form-group__title">{t("editor.agenda.legend")}</legend>
      <p className="field__hint form-group__wide">{t("editor.agenda.hint")}</p>
      <FieldError id="event-agenda-error" error={errors["event.agenda"]} />
      {agenda.length === 0 ? <p className="empty-note form-group__wide">{t("editor.agenda.none")}</p> : null}
      <ol className="authoring-rows form-group__wide">
        {agenda.map((row, index) => {
          const path = `event.agenda.${index}`;
          const itemName = t("editor.agenda.itemName", { n: index + 1 });
          return (
            <li key={row.key} className="authoring-item" data-row={row.key}>
              <fieldset className="authoring-item__box">
                <legend className="authoring-item__legend">
                  {itemName}: {t(`agendaKinds.${row.kind}`)}
                </legend>
                <div className="authoring-item__grid">
                  <label className="field">
                    <span className="field__label">{t("editor.agenda.kind")}</span>
                    <select
                      className="field__input field__select"
                      name={`${path}.kind`}
                      value={row.kind}
                      onChange={(event) => {
                        const next = event.target.value as AgendaItemKind;
                        const theses =
                          next === "talk"
                            ? row.theses.ru.length + row.theses.en.length
                              ? row.theses
                              : { ru: ["", ""], en: ["", ""] }
                            : { ru: [], en: [] };
                        update(index, { ...row, kind: next, theses });
                      }}
                    >
                      {kinds.map((option) => (
                        <option key={option} value={option}>
                          {t(`agendaKinds.${option}`)}
                        </option>
                      ))}
                    </select>
                  </label>
                  <div className={errors[`${path}.startsAt`] ? "field field--invalid" : "field"}>
                    <label className="field__label" htmlFor={`${row.key}-start`}>
                      {t("editor.agenda.start")}
                    </label>
                    <input
                      id={`${row.key}-start`}
                      className="field__input"
                      type="time"
                      name={`${path}.startsAt`}
                      value={row.start}
                      aria-invalid={errors[`${path}.startsAt`] ? true : undefined}
                      aria-describedby={errors[`${path}.startsAt`] ? `${row.key}-start-error` : undefined}
                      onChange={(event) => update(index, { ...row, start: event.target.value })}
                    />
                    <FieldError id={`${row.key}-start-error`} error={errors[`${path}.startsAt`]} />
                  </div>
                  <div className={errors[`${path}.durationMinutes`] ? "field field--invalid" : "field"}>
                    <label className="field__label" htmlFor={`${row.key}-duration`}>
                      {t("editor.agenda.duration")}
                    </label>
                    <input
                      id={`${row.key}-duration`}
                      className="field__input"
                      type="number"
                      inputMode="numeric"
                      min={1}
                      max={480}
                      name={`${path}.durationMinutes`}
                      value={row.duration}
                      aria-invalid={errors[`${path}.durationMinutes`] ? true : undefined}
                      onChange={(event) => update(index, { ...row, duration: event.target.value })}
                    />
                    <FieldError id={`${row.key}-duration-error`} error={errors[`${path}.durationMinutes`]} />
                  </div>
                  <label className={errors[`${path}.speakerId`] ? "field field--invalid" : "field"}>
                    <span className="field__label">
                      {row.kind === "talk" ? t("editor.agenda.speaker") : t("editor.agenda.speakerOptional")}
                    </span>
                    <select
                      className="field__input field__select"
                      name={`${path}.speakerId`}
                      value={row.speakerId}
                      aria-invalid={errors[`${path}.speakerId`] ? true : undefined}
                      onChange={(event) => update(index, { ...row, speakerId: event.target.value })}
                    >
                      <option value="">
                        {speakers.length ? t("editor.agenda.noSpeaker") : t("editor.agenda.addSpeakersFirst")}
                      </option>
                      {speakers.map((speaker) => (
                        <option key={speaker.id} value={speaker.id}>
                          {speaker.name}
                        </option>
                      ))}
                    </select>
                    <FieldError id={`${row.key}-speaker-error`} error={errors[`${path}.speakerId`]} />
                  </label>
                </div>
                <BilingualText
                  name={`${path}.title`}
                  legend={t("editor.agenda.title")}
                  value={row.title}
                  onChange={(title) => update(index, { ...row, title })}
                  errors={errors}
                  maxLength={AGENDA_TITLE_MAX_LENGTH}
                />
                {row.kind === "talk" ? (
                  <div className="authoring-item__theses">
                    {(["ru", "en"] as const).map((language) => (
                      <ThesesField
                        key={language}
                        name={`${path}.theses.${language}`}
                        language={language}
                        itemName={itemName}
                        value={row.theses[language]}
                        onChange={(list) =>
                          update(index, { ...row, theses: { ...row.theses, [language]: list } })
                        }
                        errors={errors}
                      />
                    ))}
                  </div>
                ) : null}
                <RowControls
                  rowName={itemName}
                  index={index}
                  count={agenda.length}
                  onMove={(delta) => {
                    onChange(moved(agenda, index, delta));
                    const action = delta < 0 ? "up" : "down";
                    keepFocus(
                      `[data-row="${row.key}"] [data-action="${action}"]`,
                      `[data-row="${row.key}"] [data-action="${action === "up" ? "down" : "up"}"]`,
                    );
                  }}
                  onRemove={() => {
                    onChange(agenda.filter((_, i) => i !== index));
                    const neighbour = agenda[index + 1] ?? agenda[index - 1];
                    keepFocus(
                      neighbour
                        ? `[data-row="${neighbour.key}"] [data-action="remove"]`
                        : "[data-action='add-item']",
                    );
                  }}
                />
              </fieldset>
            </li>
          );
        })}
      </ol>
      {agenda.length < AGENDA_MAX_ITEMS ? (
        <div className="authoring-add form-group__wide">
          <label className="authoring-inline">
            <span>{t("editor.agenda.newKind")}</span>
            <select
              className="field__input field__select"
              value={kind}
              onChange={(event) => setKind(event.target.value as AgendaItemKind)}
            >
              {kinds.map((option) => (
                <option key={option} value={option}>
                  {t(`agendaKinds.${option}`)}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            className="button button--secondary button--sm"
            data-action="add-item"
            onClick={() => {
              const row = newAgendaRow(values, kind);
              onChange([...agenda, row]);
              keepFocus(`[data-row="${row.key}"] input[type="time"]`);
            }}
          >
            {t("editor.agenda.add")}
          </button>
        </div>
      ) : null}
    </fieldset>
  );
}
