/**
 * The event editor, one for the cabinet's webinars and the organisers' programme sessions:
 * the event's fields, its speakers and timed agenda, and the way to approval (save a draft,
 * submit, discard a pending change, cancel). Checked with the API's own schema before sending,
 * so a 1,001-character description is named before a request goes out.
 */
import { type EditableEvent, saveEventInput } from "@pavilion/schema";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { pickText } from "../i18n/locale.ts";
import { useLocale } from "../i18n/useLocale.ts";
import { validate } from "../lib/validate.ts";
import { useTRPC } from "../trpc.ts";
import { AgendaEditor } from "./AgendaEditor.tsx";
import {
  blankValues,
  draftFromValues,
  type EditorValues,
  type ExhibitionDays,
  valuesFromDraft,
} from "./draftValues.ts";
import { ErrorSummary } from "./ErrorSummary.tsx";
import { EventActions } from "./EventActions.tsx";
import { EventDetailsFields } from "./EventDetailsFields.tsx";
import { EventSpeakersField } from "./EventSpeakersField.tsx";
import { EventStateBanner } from "./EventStateBanner.tsx";
import { useAuthoringCache } from "./useAuthoringCache.ts";
import { useEditorErrors } from "./useEditorErrors.ts";
import { utcIsoToZoned } from "./zonedTime.ts";
import "./authoring.css";

export interface EventEditorProps {
  /** The event being edited; null for a new one. */
  event: EditableEvent | null;
  exhibition: ExhibitionDays;
  /** Whose new event this is: a company's webinar, or null for a programme session. */
  exhibitorId: string | null;
  organiser: boolean;
  /** A new event was saved: open its own address. */
  onCreated: (event: EditableEvent) => void;
}

export function EventEditor({ event, exhibition, exhibitorId, organiser, onCreated }: EventEditorProps) {
  const { t } = useTranslation("authoring");
  const locale = useLocale();
  const trpc = useTRPC();
  const cache = useAuthoringCache();
  const timeZone = event?.exhibition.timezone ?? exhibition.timezone;
  const [values, setValues] = useState<EditorValues>(() =>
    event
      ? valuesFromDraft(event.draft, timeZone)
      : blankValues(exhibition, utcIsoToZoned(new Date().toISOString(), timeZone).day),
  );
  const [status, setStatus] = useState("");
  const errors = useEditorErrors();
  const owner = event ? event.exhibitorId : exhibitorId;
  const speakers = useQuery(trpc.authoring.speakers.queryOptions({ exhibitorId: owner }));
  const save = useMutation(trpc.authoring.saveEvent.mutationOptions());
  const submit = useMutation(trpc.authoring.submit.mutationOptions());
  const canEdit = event ? event.can.edit : true;
  const fieldErrors = errors.messages.fields;

  function set(change: Partial<EditorValues>) {
    setValues((previous) => ({ ...previous, ...change }));
    for (const key of Object.keys(change)) errors.clearField(`event.${key}`);
    setStatus("");
  }

  /** Checks and saves; the saved event, or null when refused (the refusal is shown). */
  async function saveDraft(): Promise<EditableEvent | null> {
    const draft = draftFromValues(values, timeZone);
    const input = { ...(event ? { eventId: event.id } : { exhibitorId }), event: draft };
    const refused = validate(saveEventInput, input);
    if (refused) {
      errors.report(refused);
      return null;
    }
    try {
      const saved = await save.mutateAsync(input);
      errors.clear();
      cache.applyEvent(saved);
      return saved;
    } catch (cause) {
      errors.fail(cause);
      return null;
    }
  }

  async function onSave() {
    const saved = await saveDraft();
    if (!saved) return;
    setStatus(t(saved.editing === "revision" ? "editor.savedRevision" : "editor.saved"));
    if (!event) onCreated(saved);
  }

  async function onSubmit() {
    const saved = canEdit ? await saveDraft() : event;
    if (!saved) return;
    if (!saved.can.submit) {
      setStatus(t("editor.nothingToSubmit"));
      if (!event) onCreated(saved);
      return;
    }
    try {
      const submitted = await submit.mutateAsync({ eventId: saved.id });
      cache.applyEvent(submitted);
      setStatus(t("editor.submitted"));
      if (!event) onCreated(submitted);
    } catch (cause) {
      errors.fail(cause);
    }
  }

  const eventSpeakers = values.speakers.map((row) => ({
    id: row.speakerId,
    name: pickText(speakers.data?.find((speaker) => speaker.id === row.speakerId)?.name, locale) || "—",
  }));
  const busy = save.isPending || submit.isPending;

  return (
    <div className="authoring-editor">
      {event ? (
        <EventStateBanner event={event} />
      ) : (
        <p className="authoring-state authoring-state--muted">{t("states.new")}</p>
      )}
      <form
        ref={errors.formRef}
        className="panel authoring-form"
        noValidate
        aria-label={t("editor.formLabel")}
        onSubmit={(submitEvent) => {
          submitEvent.preventDefault();
          void onSave();
        }}
      >
        <ErrorSummary errors={errors} />
        <EventDetailsFields
          values={values}
          set={set}
          errors={fieldErrors}
          exhibition={event?.exhibition ?? exhibition}
          organiser={organiser}
          disabled={!canEdit}
        />
        <EventSpeakersField
          value={values.speakers}
          onChange={(rows) => set({ speakers: rows })}
          speakers={speakers.data ?? []}
          errors={fieldErrors}
          disabled={!canEdit}
        />
        <AgendaEditor
          values={values}
          onChange={(agenda) => set({ agenda })}
          speakers={eventSpeakers}
          errors={fieldErrors}
          disabled={!canEdit}
        />
        <div className="authoring-actions">
          <p className="field__hint authoring-actions__hint">
            {event?.state === "approved" ? t("editor.approvedHint") : t("editor.submitHint")}
          </p>
          <div className="form-actions">
            <button
              type="submit"
              className="button button--secondary"
              disabled={busy || !canEdit}
              aria-busy={save.isPending || undefined}
            >
              {save.isPending && !submit.isPending ? <span className="spinner" aria-hidden="true" /> : null}
              {t("editor.save")}
            </button>
            <button
              type="button"
              className="button button--primary"
              disabled={busy || (!canEdit && !event?.can.submit)}
              aria-busy={submit.isPending || undefined}
              onClick={() => void onSubmit()}
            >
              {submit.isPending ? <span className="spinner" aria-hidden="true" /> : null}
              {t("editor.submit")}
            </button>
          </div>
          <p className="authoring-actions__status" role="status">
            {status}
          </p>
        </div>
      </form>
      {event ? (
        <EventActions
          event={event}
          onDiscarded={(fresh) => {
            setValues(valuesFromDraft(fresh.draft, timeZone));
            errors.clear();
            setStatus(t("editor.discarded"));
          }}
        />
      ) : null}
    </div>
  );
}
