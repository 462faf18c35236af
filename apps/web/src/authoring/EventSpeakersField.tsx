/** The event's speakers and moderators, in the order the event page lists them, picked from the author's speakers. */
import type { AuthoredSpeaker } from "@pavilion/schema";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { FieldError } from "../components/forms.tsx";
import { pickText } from "../i18n/locale.ts";
import { useLocale } from "../i18n/useLocale.ts";
import { moved, rowKey, type SpeakerRow } from "./draftValues.ts";
import { RowControls } from "./RowControls.tsx";
import { useKeepFocus } from "./useKeepFocus.ts";

interface Props {
  value: SpeakerRow[];
  onChange: (rows: SpeakerRow[]) => void;
  speakers: AuthoredSpeaker[];
  errors: Record<string, string>;
  disabled: boolean;
}

export function EventSpeakersField({ value, onChange, speakers, errors, disabled }: Props) {
  const { t } = useTranslation("authoring");
  const locale = useLocale();
  const listRef = useRef<HTMLFieldSetElement>(null);
  const keepFocus = useKeepFocus(listRef);
  const [adding, setAdding] = useState("");
  const nameOf = (id: string) => pickText(speakers.find((speaker) => speaker.id === id)?.name, locale) || "—";
  const free = speakers.filter((speaker) => !value.some((row) => row.speakerId === speaker.id));

  function update(index: number, row: SpeakerRow) {
    onChange(value.map((current, i) => (i === index ? row : current)));
  }

  return (
    <fieldset className="form-group authoring-speakers" ref={listRef} disabled={disabled}>
      <legend className="form-group__title">{t("editor.speakers.legend")}</legend>
      <p className="field__hint form-group__wide">{t("editor.speakers.hint")}</p>
      <FieldError id="event-speakers-error" error={errors["event.speakers"]} />
      {value.length === 0 ? <p className="empty-note form-group__wide">{t("editor.speakers.none")}</p> : null}
      <ol className="authoring-rows form-group__wide">
        {value.map((row, index) => {
          const rowName = t("editor.speakers.rowName", { n: index + 1, name: nameOf(row.speakerId) });
          const idError = errors[`event.speakers.${index}.speakerId`];
          return (
            <li key={row.key} className="authoring-speaker-row" data-row={row.key}>
              <span className="authoring-speaker-row__name">{nameOf(row.speakerId)}</span>
              <label className="authoring-inline">
                <span className="visually-hidden">
                  {t("editor.speakers.role", { name: nameOf(row.speakerId) })}
                </span>
                <select
                  className="field__input field__select"
                  name={`event.speakers.${index}.role`}
                  value={row.role}
                  onChange={(event) =>
                    update(index, {
                      ...row,
                      role: event.target.value === "moderator" ? "moderator" : "speaker",
                    })
                  }
                >
                  <option value="speaker">{t("editor.speakers.roles.speaker")}</option>
                  <option value="moderator">{t("editor.speakers.roles.moderator")}</option>
                </select>
              </label>
              <RowControls
                rowName={rowName}
                index={index}
                count={value.length}
                onMove={(delta) => {
                  onChange(moved(value, index, delta));
                  const action = delta < 0 ? "up" : "down";
                  keepFocus(
                    `[data-row="${row.key}"] [data-action="${action}"]`,
                    `[data-row="${row.key}"] [data-action="${action === "up" ? "down" : "up"}"]`,
                  );
                }}
                onRemove={() => {
                  onChange(value.filter((_, i) => i !== index));
                  const neighbour = value[index + 1] ?? value[index - 1];
                  keepFocus(
                    neighbour
                      ? `[data-row="${neighbour.key}"] [data-action="remove"]`
                      : "[data-field='event.speakers']",
                  );
                }}
              />
              {idError ? <FieldError id={`speaker-${row.key}-error`} error={idError} /> : null}
            </li>
          );
        })}
      </ol>
      <div className="authoring-add form-group__wide">
        <label className="authoring-inline">
          <span>{t("editor.speakers.add")}</span>
          <select
            className="field__input field__select"
            data-field="event.speakers"
            value={adding}
            onChange={(event) => setAdding(event.target.value)}
          >
            <option value="">
              {free.length ? t("editor.speakers.choose") : t("editor.speakers.noneLeft")}
            </option>
            {free.map((speaker) => (
              <option key={speaker.id} value={speaker.id}>
                {pickText(speaker.name, locale)}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="button button--secondary button--sm"
          disabled={adding === ""}
          onClick={() => {
            onChange([...value, { key: rowKey(), speakerId: adding, role: "speaker" }]);
            setAdding("");
          }}
        >
          {t("editor.speakers.addButton")}
        </button>
      </div>
    </fieldset>
  );
}
