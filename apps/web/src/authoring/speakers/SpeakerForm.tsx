/**
 * The speaker / moderator questionnaire of SEEDS.md 000: name, achievements (short, for the
 * catalogue), detailed bio and company, each in Russian and English; mobile and e-mail for the
 * organisers; the portrait once the speaker is saved.
 */
import {
  type AuthoredSpeaker,
  SPEAKER_ACHIEVEMENTS_MAX_LENGTH,
  SPEAKER_BIO_MAX_LENGTH,
  SPEAKER_COMPANY_MAX_LENGTH,
  SPEAKER_NAME_MAX_LENGTH,
  saveSpeakerInput,
} from "@pavilion/schema";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { InputField } from "../../cabinet/forms/fields.tsx";
import { validate } from "../../lib/validate.ts";
import { useTRPC } from "../../trpc.ts";
import { BilingualText } from "../BilingualText.tsx";
import { ErrorSummary } from "../ErrorSummary.tsx";
import { useAuthoringCache } from "../useAuthoringCache.ts";
import { useEditorErrors } from "../useEditorErrors.ts";
import { SpeakerPhoto } from "./SpeakerPhoto.tsx";

const empty = { ru: "", en: "" };

interface Props {
  speaker: AuthoredSpeaker | null;
  exhibitorId: string | null;
  onSaved: (speaker: AuthoredSpeaker) => void;
  onClose: () => void;
}

export function SpeakerForm({ speaker, exhibitorId, onSaved, onClose }: Props) {
  const { t } = useTranslation("authoring");
  const trpc = useTRPC();
  const cache = useAuthoringCache();
  const errors = useEditorErrors();
  const [values, setValues] = useState({
    name: speaker?.name ?? empty,
    achievements: speaker?.achievements ?? empty,
    bio: speaker?.bio ?? empty,
    company: speaker?.company ?? empty,
    phone: speaker?.phone ?? "",
    email: speaker?.email ?? "",
  });
  const [status, setStatus] = useState("");
  const save = useMutation(trpc.authoring.saveSpeaker.mutationOptions());
  const fields = errors.messages.fields;
  const set = (change: Partial<typeof values>) => {
    setValues((previous) => ({ ...previous, ...change }));
    for (const key of Object.keys(change)) errors.clearField(`speaker.${key}`);
    setStatus("");
  };

  async function onSubmit() {
    const input = {
      ...(speaker ? { speakerId: speaker.id } : { exhibitorId }),
      speaker: {
        name: values.name,
        achievements: values.achievements,
        bio: values.bio,
        company: values.company,
        phone: values.phone.trim() === "" ? null : values.phone.trim(),
        email: values.email.trim() === "" ? null : values.email.trim(),
      },
    };
    const refused = validate(saveSpeakerInput, input);
    if (refused) return errors.report(refused);
    try {
      const saved = await save.mutateAsync(input);
      errors.clear();
      cache.refreshSpeakers();
      setStatus(t("speakers.saved"));
      onSaved(saved);
    } catch (cause) {
      errors.fail(cause);
    }
  }

  return (
    <div className="authoring-speaker-form">
      <form
        ref={errors.formRef}
        noValidate
        className="authoring-speaker-form__form"
        onSubmit={(event) => {
          event.preventDefault();
          void onSubmit();
        }}
      >
        <ErrorSummary errors={errors} />
        <BilingualText
          name="speaker.name"
          legend={t("speakers.name")}
          value={values.name}
          onChange={(name) => set({ name })}
          errors={fields}
          maxLength={SPEAKER_NAME_MAX_LENGTH}
        />
        <BilingualText
          name="speaker.company"
          legend={t("speakers.company")}
          value={values.company}
          onChange={(company) => set({ company })}
          errors={fields}
          maxLength={SPEAKER_COMPANY_MAX_LENGTH}
        />
        <BilingualText
          name="speaker.achievements"
          legend={t("speakers.achievements")}
          hint={t("speakers.achievementsHint")}
          value={values.achievements}
          onChange={(achievements) => set({ achievements })}
          errors={fields}
          multiline
          rows={3}
          limit={SPEAKER_ACHIEVEMENTS_MAX_LENGTH}
        />
        <BilingualText
          name="speaker.bio"
          legend={t("speakers.bio")}
          value={values.bio}
          onChange={(bio) => set({ bio })}
          errors={fields}
          multiline
          rows={5}
          limit={SPEAKER_BIO_MAX_LENGTH}
        />
        <fieldset className="bilingual">
          <legend className="bilingual__legend">{t("speakers.contacts")}</legend>
          <p className="field__hint bilingual__hint">{t("speakers.contactsHint")}</p>
          <div className="bilingual__pair">
            <InputField
              name="speaker.phone"
              type="tel"
              label={t("speakers.phone")}
              value={values.phone}
              onChange={(phone) => set({ phone })}
              error={fields["speaker.phone"]}
              autoComplete="off"
            />
            <InputField
              name="speaker.email"
              type="email"
              label={t("speakers.email")}
              value={values.email}
              onChange={(email) => set({ email })}
              error={fields["speaker.email"]}
            />
          </div>
        </fieldset>
        <div className="dialog__actions">
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t("speakers.close")}
          </button>
          <button
            type="submit"
            className="button button--primary"
            disabled={save.isPending}
            aria-busy={save.isPending || undefined}
          >
            {save.isPending ? <span className="spinner" aria-hidden="true" /> : null}
            {speaker ? t("speakers.save") : t("speakers.create")}
          </button>
        </div>
        <p role="status" className="authoring-actions__status">
          {status}
        </p>
      </form>
      {speaker ? (
        <SpeakerPhoto speaker={speaker} exhibitorId={exhibitorId} onChanged={onSaved} />
      ) : (
        <p className="field__hint">{t("speakers.photoAfterSave")}</p>
      )}
    </div>
  );
}
