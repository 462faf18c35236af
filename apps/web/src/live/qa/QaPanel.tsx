/**
 * The event's questions, beside the webinar: viewers ask (each question waits for a host's
 * approval), see the approved ones and upvote them; hosts work through the queue.
 */
import type { Question } from "@pavilion/schema";
import type { Room } from "livekit-client";
import { useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useSession } from "../../auth/session.ts";
import { LoadError } from "../../components/states.tsx";
import { QaAsk } from "./QaAsk.tsx";
import { QaQuestion, VoteButton } from "./QaQuestion.tsx";
import { QaQueue } from "./QaQueue.tsx";
import { arrivals, canVote } from "./questions.ts";
import { useQa } from "./useQa.ts";
import "./qa.css";

interface QaPanelProps {
  eventId: string;
  /** The webinar page's room: the queue is fetched again when it says the queue changed (polled without). */
  room?: Room | null;
  className?: string;
}

export function QaPanel({ eventId, room = null, className }: QaPanelProps) {
  const { t } = useTranslation("live");
  const titleId = useId();
  const { data: user } = useSession();
  const { list, ask, moderate, vote } = useQa(eventId, room);
  const data = list.data;
  const announcement = useArrivals(data?.questions, data?.canModerate ?? false);

  return (
    <section
      className={className ? `qa-panel ${className}` : "qa-panel"}
      aria-labelledby={titleId}
      data-testid="qa-panel"
    >
      <h2 className="qa-panel__title" id={titleId}>
        {t("qa.title")}
      </h2>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      {list.isError && !data ? (
        user === null ? (
          <p className="qa-note">{t("qa.signedOut")}</p>
        ) : (
          <LoadError onRetry={() => void list.refetch()} />
        )
      ) : !data ? (
        <p className="qa-empty" role="status">
          {t("qa.loading")}
        </p>
      ) : (
        <>
          {data.canModerate ? null : user === null ? (
            <p className="qa-note">{t("qa.signedOut")}</p>
          ) : data.canAsk ? (
            <QaAsk onAsk={(body) => ask.mutateAsync({ eventId, body })} pending={ask.isPending} />
          ) : (
            <p className="qa-note">
              {t(`errors:codes.${data.askRefusal ?? "qa.closed"}`, { defaultValue: t("qa.cannotAsk") })}
            </p>
          )}
          {data.canModerate ? (
            <QaQueue
              questions={data.questions}
              busy={moderate.isPending}
              onDecide={(question, status, answer) =>
                moderate.mutateAsync({
                  eventId,
                  questionId: question.id,
                  status,
                  ...(answer ? { answer } : {}),
                })
              }
            />
          ) : (
            <ViewerList
              questions={data.questions}
              canVote={Boolean(user)}
              onVote={(question, up) => vote.mutate({ eventId, questionId: question.id, vote: up })}
            />
          )}
        </>
      )}
    </section>
  );
}

/** The questions a viewer sees, in the API's order, with the upvote toggle where votes count. */
function ViewerList({
  questions,
  canVote: signedIn,
  onVote,
}: {
  questions: readonly Question[];
  canVote: boolean;
  onVote: (question: Question, vote: boolean) => void;
}) {
  const { t } = useTranslation("live");
  if (questions.length === 0) return <p className="qa-empty">{t("qa.empty")}</p>;
  return (
    <section
      className="qa-panel__scroll"
      aria-label={t("qa.listLabel")}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard to scroll it.
      tabIndex={0}
    >
      <ol className="qa-list">
        {questions.map((question) => (
          <QaQuestion
            key={question.id}
            question={question}
            actions={
              signedIn && canVote(question) ? (
                <VoteButton question={question} onVote={(up) => onVote(question, up)} />
              ) : canVote(question) ? (
                <span className="qa-votes">{t("qa.votes", { count: question.votes })}</span>
              ) : undefined
            }
          />
        ))}
      </ol>
    </section>
  );
}

/** The sentence the live region says when questions arrive (hosts: waiting ones; viewers: approved ones). */
function useArrivals(questions: readonly Question[] | undefined, forHost: boolean): string {
  const { t } = useTranslation("live");
  const known = useRef<Set<string> | null>(null);
  const [text, setText] = useState("");
  useEffect(() => {
    if (!questions) return;
    const next = arrivals(known.current, questions, forHost);
    known.current = next.known;
    const [first] = next.arrived;
    if (!first) return;
    setText(
      next.arrived.length === 1
        ? t("qa.announce.one", { name: first.author.name, text: first.body })
        : t("qa.announce.many", { count: next.arrived.length }),
    );
  }, [questions, forHost, t]);
  return text;
}
