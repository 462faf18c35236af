import type { Question } from "@pavilion/schema";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useLocale } from "../../i18n/useLocale.ts";
import { formatTime } from "../../lib/format.ts";

const statusTag = {
  pending: "tag--pending",
  approved: "tag--muted",
  answered: "tag--ok",
  done: "tag--muted",
  rejected: "tag--danger",
} as const;

/** One question: who asked, when, where it stands, the text (as text), a written answer, and its buttons. */
export function QaQuestion({ question, actions }: { question: Question; actions?: ReactNode }) {
  const { t } = useTranslation("live");
  const locale = useLocale();
  return (
    <li className={`qa-question qa-question--${question.status}`} data-question-id={question.id}>
      <div className="qa-question__meta">
        <span className="qa-question__author">{question.author.name}</span>
        {question.mine ? <span className="qa-question__mine">({t("qa.mine")})</span> : null}
        {question.status === "approved" ? null : (
          <span className={`tag qa-question__status ${statusTag[question.status]}`}>
            {t(`qa.status.${question.status}`)}
          </span>
        )}
        <time className="qa-question__time" dateTime={question.createdAt}>
          {formatTime(question.createdAt, locale)}
        </time>
      </div>
      <p className="qa-question__body">{question.body}</p>
      {question.answer ? (
        <p className="qa-question__answer">
          <strong>{t("qa.answer")}</strong> {question.answer}
        </p>
      ) : null}
      {actions ? <div className="qa-question__actions">{actions}</div> : null}
    </li>
  );
}

/** The upvote toggle: pressed when the caller voted; the count is part of its name. */
export function VoteButton({ question, onVote }: { question: Question; onVote: (vote: boolean) => void }) {
  const { t } = useTranslation("live");
  return (
    <button
      type="button"
      className="qa-vote"
      aria-pressed={question.votedByMe}
      aria-label={`${t("qa.vote", { name: question.author.name })}, ${t("qa.votes", { count: question.votes })}`}
      onClick={() => onVote(!question.votedByMe)}
    >
      <svg className="qa-vote__icon" viewBox="0 0 24 24" width="16" height="16" aria-hidden="true">
        <path d="M12 5l7 9h-4.5v5h-5v-5H5z" fill="currentColor" />
      </svg>
      <span>{question.votes}</span>
    </button>
  );
}
