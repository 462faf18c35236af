import { type HeardFromOption, heardFromOptionsInput } from "@pavilion/schema";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useCallback, useState } from "react";
import { useTranslation } from "react-i18next";
import { InputField } from "../cabinet/forms/fields.tsx";
import { FormAlert } from "../components/forms.tsx";
import { LoadError } from "../components/states.tsx";
import type { Translate } from "../lib/errors.ts";
import { useFormErrors } from "../lib/useFormErrors.ts";
import { validate } from "../lib/validate.ts";
import { useTRPC } from "../trpc.ts";
import {
  addChoice,
  type DraftChoice,
  draftOf,
  isChanged,
  labelField,
  moveChoice,
  parseLabelField,
  relabel,
  removeChoice,
  saveInput,
} from "./heardFrom.ts";

/** The API takes at most this many choices; every label field of them, for focus after a failed save. */
const MAX_CHOICES = 30;
const allLabelFields = Array.from({ length: MAX_CHOICES }, (_, index) => [
  labelField(index, "ru"),
  labelField(index, "en"),
]).flat();
const LABEL_MAX_LENGTH = 100;

/** The organiser's "how did you hear about it" choices: loaded, then edited as a draft. */
export function HeardFromEditor() {
  const { t } = useTranslation("registrants");
  const trpc = useTRPC();
  const options = useQuery(trpc.registration.heardFromOptions.queryOptions(undefined, { staleTime: 0 }));
  return (
    <section className="panel" aria-labelledby="heard-from-title">
      <h2 className="panel__title" id="heard-from-title">
        {t("admin.heardFrom.title")}
      </h2>
      <p className="panel__lead">{t("admin.heardFrom.lead")}</p>
      {options.isError && !options.data ? (
        <LoadError onRetry={() => void options.refetch()} />
      ) : !options.data ? (
        <p role="status">
          <span className="spinner" aria-hidden="true" />
          <span className="visually-hidden">{t("ui:common.loading")}</span>
        </p>
      ) : (
        <HeardFromForm saved={options.data} />
      )}
    </section>
  );
}

/** Finds a control of a choice by its key once React has rendered, e.g. `[data-move="up"]`. */
function focusInChoice(key: string, selector: string, fallback?: string) {
  requestAnimationFrame(() => {
    const choice = document.querySelector(`[data-choice="${CSS.escape(key)}"]`);
    const wanted = choice?.querySelector<HTMLElement>(selector);
    const target =
      wanted && !(wanted as HTMLButtonElement).disabled
        ? wanted
        : fallback
          ? choice?.querySelector<HTMLElement>(fallback)
          : null;
    target?.focus();
  });
}

function HeardFromForm({ saved }: { saved: HeardFromOption[] }) {
  const { t } = useTranslation("registrants");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<DraftChoice[]>(() => draftOf(saved));
  const [said, setSaid] = useState("");
  const nameField = useCallback(
    (shared: Translate): Translate =>
      (key, options) => {
        const field = parseLabelField(key.replace(/^errors:fieldNames\./, ""));
        if (!key.startsWith("errors:fieldNames.") || !field) return shared(key, options);
        return shared("registrants:admin.heardFrom.fieldName", {
          number: field.index + 1,
          language: shared(`registrants:languages.${field.language}`),
        });
      },
    [],
  );
  const form = useFormErrors(allLabelFields, { translate: nameField });
  const save = useMutation(
    trpc.registration.saveHeardFromOptions.mutationOptions({
      onSuccess: (options) => {
        queryClient.setQueryData(trpc.registration.heardFromOptions.queryKey(), options);
        void queryClient.invalidateQueries({ queryKey: trpc.registration.formState.pathKey() });
        setDraft(draftOf(options));
        setSaid(t("admin.heardFrom.saved"));
      },
      onError: form.fail,
    }),
  );
  const changed = isChanged(draft, saved);

  function edit(next: DraftChoice[]) {
    setDraft(next);
    setSaid("");
  }

  function move(index: number, delta: -1 | 1) {
    const key = draft[index]?.key;
    if (!key) return;
    edit(moveChoice(draft, index, delta));
    setSaid(t("admin.heardFrom.moved", { number: index + delta + 1 }));
    const here = delta < 0 ? "up" : "down";
    focusInChoice(key, `[data-move="${here}"]`, `[data-move="${here === "up" ? "down" : "up"}"]`);
  }

  function remove(index: number) {
    const neighbour = draft[index + 1] ?? draft[index - 1];
    edit(removeChoice(draft, index));
    setSaid(t("admin.heardFrom.removed", { number: index + 1 }));
    if (neighbour) focusInChoice(neighbour.key, "input");
    else requestAnimationFrame(() => document.getElementById("heard-from-add")?.focus());
  }

  function add() {
    const next = addChoice(draft);
    edit(next);
    const added = next.at(-1);
    if (added) focusInChoice(added.key, "input");
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const input = saveInput(draft);
    const problem = validate(heardFromOptionsInput, input);
    if (problem) return form.report(problem);
    form.clear();
    save.mutate(input);
  }

  return (
    <form className="form" noValidate onSubmit={submit} ref={form.formRef}>
      <FormAlert message={form.messages.form} ref={form.alertRef} />
      {draft.length === 0 ? <p className="empty-note">{t("admin.heardFrom.empty")}</p> : null}
      <ol className="heard-from">
        {draft.map((choice, index) => (
          <li key={choice.key} data-choice={choice.key} data-testid="heard-from-choice">
            <fieldset className="heard-from__choice">
              <legend className="heard-from__legend">
                {t("admin.heardFrom.choice", { number: index + 1 })}
              </legend>
              {(["ru", "en"] as const).map((language) => {
                const field = labelField(index, language);
                return (
                  <InputField
                    key={language}
                    name={field}
                    label={t(`languages.${language}`)}
                    lang={language}
                    value={choice.label[language]}
                    maxLength={LABEL_MAX_LENGTH}
                    required
                    error={form.messages.fields[field]}
                    onChange={(text) => {
                      edit(relabel(draft, index, language, text));
                      form.clearField(field);
                    }}
                  />
                );
              })}
              <div className="heard-from__buttons">
                <button
                  type="button"
                  className="icon-button"
                  data-move="up"
                  onClick={() => move(index, -1)}
                  disabled={index === 0}
                  aria-label={t("admin.heardFrom.upLabel", { number: index + 1 })}
                  title={t("admin.heardFrom.up")}
                >
                  <span aria-hidden="true">↑</span>
                </button>
                <button
                  type="button"
                  className="icon-button"
                  data-move="down"
                  onClick={() => move(index, 1)}
                  disabled={index === draft.length - 1}
                  aria-label={t("admin.heardFrom.downLabel", { number: index + 1 })}
                  title={t("admin.heardFrom.down")}
                >
                  <span aria-hidden="true">↓</span>
                </button>
                <button
                  type="button"
                  className="button button--ghost button--sm button--danger"
                  onClick={() => remove(index)}
                  aria-label={t("admin.heardFrom.removeLabel", { number: index + 1 })}
                >
                  {t("admin.heardFrom.remove")}
                </button>
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
      <div className="heard-from__actions">
        <button
          type="button"
          id="heard-from-add"
          className="button button--secondary"
          onClick={add}
          disabled={draft.length >= MAX_CHOICES}
        >
          {t("admin.heardFrom.add")}
        </button>
        <button
          type="submit"
          className="button button--primary"
          disabled={save.isPending}
          aria-busy={save.isPending || undefined}
        >
          {save.isPending ? <span className="spinner" aria-hidden="true" /> : null}
          {t("admin.heardFrom.save")}
        </button>
        {changed && !save.isPending ? (
          <span className="heard-from__unsaved">{t("admin.heardFrom.unsaved")}</span>
        ) : null}
      </div>
      <p className="visually-hidden" role="status">
        {save.isPending ? t("admin.heardFrom.saving") : said}
      </p>
      {said && !changed && !save.isPending && save.isSuccess ? (
        <p className="notice notice--success">{t("admin.heardFrom.saved")}</p>
      ) : null}
    </form>
  );
}
