/** The hosts' queue: tabs for waiting, approved, answered and done questions, and what to do with each. */
import type { Question } from "@pavilion/schema";
import { ANSWER_MAX_LENGTH } from "@pavilion/schema";
import { type KeyboardEvent, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { QaQuestion } from "./QaQuestion.tsx";
import { byTab, QUEUE_TABS, type QueueTab, tabAfterKey } from "./questions.ts";

export type Decision = "approved" | "answered" | "done" | "rejected";

interface QaQueueProps {
  questions: readonly Question[];
  /** Moves a question on; resolves when the API took it. */
  onDecide: (question: Question, status: Decision, answer?: string) => Promise<unknown>;
  busy: boolean;
}

export function QaQueue({ questions, onDecide, busy }: QaQueueProps) {
  const { t } = useTranslation("live");
  const id = useId();
  const [tab, setTab] = useState<QueueTab>("pending");
  const [answering, setAnswering] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const tabRefs = useRef(new Map<QueueTab, HTMLButtonElement>());
  const panelRef = useRef<HTMLDivElement>(null);
  const tabs = byTab(questions);

  const onKeyDown = (event: KeyboardEvent) => {
    const next = tabAfterKey(tab, event.key);
    if (!next) return;
    event.preventDefault();
    setTab(next);
    tabRefs.current.get(next)?.focus();
  };
  const decide = (question: Question, status: Decision, answer?: string) => {
    setFailed(false);
    onDecide(question, status, answer).then(
      () => {
        setAnswering(null);
        // The question left this tab with the button that had focus: keep the keyboard in the panel.
        panelRef.current?.focus();
      },
      () => setFailed(true),
    );
  };

  const shown = tabs[tab];
  return (
    <div className="qa-queue">
      <div className="qa-tabs" role="tablist" aria-label={t("qa.queue.label")} onKeyDown={onKeyDown}>
        {QUEUE_TABS.map((each) => (
          <button
            key={each}
            ref={(element) => {
              if (element) tabRefs.current.set(each, element);
              else tabRefs.current.delete(each);
            }}
            type="button"
            role="tab"
            id={`${id}-tab-${each}`}
            className="qa-tabs__tab"
            aria-selected={tab === each}
            aria-controls={`${id}-panel`}
            tabIndex={tab === each ? 0 : -1}
            onClick={() => setTab(each)}
          >
            {t(`qa.queue.tabs.${each}`)}
            <span className="qa-tabs__count">{tabs[each].length}</span>
          </button>
        ))}
      </div>
      <div
        ref={panelRef}
        className="qa-queue__panel"
        role="tabpanel"
        id={`${id}-panel`}
        aria-labelledby={`${id}-tab-${tab}`}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: focusable so its questions scroll by keyboard, and focus has a place to go when one leaves the tab.
        tabIndex={0}
      >
        {failed ? (
          <p className="field__error" role="alert">
            {t("qa.queue.failed")}
          </p>
        ) : null}
        {shown.length === 0 ? (
          <p className="qa-empty">{t(`qa.queue.empty.${tab}`)}</p>
        ) : (
          <ol className="qa-list">
            {shown.map((question) => (
              <QaQuestion
                key={question.id}
                question={question}
                actions={
                  answering === question.id ? (
                    <AnswerForm
                      busy={busy}
                      onSave={(answer) => decide(question, "answered", answer)}
                      onCancel={() => {
                        setAnswering(null);
                        panelRef.current?.focus();
                      }}
                    />
                  ) : (
                    <QueueActions
                      question={question}
                      busy={busy}
                      onDecide={(status) => decide(question, status)}
                      onAnswer={() => setAnswering(question.id)}
                    />
                  )
                }
              />
            ))}
          </ol>
        )}
      </div>
    </div>
  );
}

/** The buttons a question in each state offers. */
function QueueActions({
  question,
  busy,
  onDecide,
  onAnswer,
}: {
  question: Question;
  busy: boolean;
  onDecide: (status: Decision) => void;
  onAnswer: () => void;
}) {
  const { t } = useTranslation("live");
  const name = question.author.name;
  const button = (label: string, aria: string, onClick: () => void, kind = "secondary") => (
    <button
      type="button"
      className={`button button--${kind} button--sm`}
      aria-label={aria}
      // Not disabled while a decision is on its way: a disabled button would drop the keyboard focus.
      aria-disabled={busy || undefined}
      onClick={() => {
        if (!busy) onClick();
      }}
    >
      {label}
    </button>
  );
  const approve = button(
    t("qa.queue.approve"),
    t("qa.queue.approveLabel", { name }),
    () => onDecide("approved"),
    "primary",
  );
  const answer = button(t("qa.queue.answer"), t("qa.queue.answerLabel", { name }), onAnswer, "primary");
  const done = button(t("qa.queue.done"), t("qa.queue.doneLabel", { name }), () => onDecide("done"));
  const reject = button(
    t("qa.queue.reject"),
    t("qa.queue.rejectLabel", { name }),
    () => onDecide("rejected"),
    "ghost",
  );
  switch (question.status) {
    case "pending":
      return (
        <>
          {approve}
          {reject}
        </>
      );
    case "approved":
      return (
        <>
          {answer}
          {done}
          {reject}
        </>
      );
    case "answered":
      return done;
    case "done":
    case "rejected":
      return null;
    default: {
      const never: never = question.status;
      return never;
    }
  }
}

/** An optional short written answer, then "Mark answered". */
function AnswerForm({
  busy,
  onSave,
  onCancel,
}: {
  busy: boolean;
  onSave: (answer: string | undefined) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation("live");
  const id = useId();
  const [answer, setAnswer] = useState("");
  return (
    <form
      className="qa-answer"
      onSubmit={(event) => {
        event.preventDefault();
        if (!busy) onSave(answer.trim() || undefined);
      }}
      onKeyDown={(event) => {
        if (event.key === "Escape") onCancel();
      }}
    >
      <label className="field__label" htmlFor={id}>
        {t("qa.queue.answerText")}
      </label>
      <textarea
        id={id}
        className="field__input qa-answer__field"
        rows={2}
        maxLength={ANSWER_MAX_LENGTH}
        value={answer}
        aria-describedby={`${id}-hint`}
        // biome-ignore lint/a11y/noAutofocus: the person just pressed "Answer" to write here.
        autoFocus
        onChange={(event) => setAnswer(event.target.value)}
      />
      <p className="field__hint" id={`${id}-hint`}>
        {t("qa.queue.answerHint")}
      </p>
      <div className="qa-answer__actions">
        <button type="submit" className="button button--primary button--sm" aria-disabled={busy || undefined}>
          {t("qa.queue.answerSave")}
        </button>
        <button type="button" className="button button--ghost button--sm" onClick={onCancel}>
          {t("qa.queue.cancel")}
        </button>
      </div>
    </form>
  );
}
