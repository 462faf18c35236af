import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useSession } from "../auth/session.ts";
import { LoadError, Notice, PageLoading } from "../components/states.tsx";
import { useLocale } from "../i18n/useLocale.ts";
import { formatDateTime } from "../lib/format.ts";
import { linkify } from "../lib/linkify.ts";
import { useDocumentTitle } from "../lib/useDocumentTitle.ts";
import { useTRPC } from "../trpc.ts";
import "./admin/admin.css";

function LetterText({ text }: { text: string }) {
  return (
    <pre className="letter">
      {linkify(text).map((part, index) =>
        part.kind === "link" ? (
          <a key={index} href={part.href}>
            {part.href}
          </a>
        ) : (
          part.text
        ),
      )}
    </pre>
  );
}

/** The e-mail outbox for organisers: what the platform sent, readable without a mail server. */
export function AdminOutboxPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  useDocumentTitle(t("admin.outbox.title"));
  const trpc = useTRPC();
  const session = useSession();
  const organiser = session.data?.role === "organiser";
  const outbox = useQuery(trpc.admin.outbox.queryOptions(undefined, { enabled: organiser, staleTime: 0 }));

  let body: ReactNode;
  if (session.isPending) body = <PageLoading />;
  else if (!session.data) body = <Notice text={t("admin.outbox.signInRequired")} />;
  else if (!organiser) body = <Notice text={t("admin.outbox.noAccess")} />;
  else if (outbox.isError && !outbox.data) body = <LoadError onRetry={() => void outbox.refetch()} />;
  else if (!outbox.data) body = <PageLoading />;
  else if (outbox.data.length === 0) body = <div className="notice">{t("admin.outbox.empty")}</div>;
  else
    body = (
      <div className="table-wrap">
        <table className="outbox">
          <thead>
            <tr>
              <th scope="col">{t("admin.outbox.columns.createdAt")}</th>
              <th scope="col">{t("admin.outbox.columns.to")}</th>
              <th scope="col">{t("admin.outbox.columns.subject")}</th>
              <th scope="col">{t("admin.outbox.columns.status")}</th>
            </tr>
          </thead>
          <tbody>
            {outbox.data.map((mail) => (
              <tr key={mail.id} data-testid="outbox-letter">
                <td data-label={t("admin.outbox.columns.createdAt")}>
                  <time dateTime={mail.createdAt}>{formatDateTime(mail.createdAt, locale)}</time>
                </td>
                <td data-label={t("admin.outbox.columns.to")} className="outbox__to">
                  {mail.to}
                </td>
                <td data-label={t("admin.outbox.columns.subject")}>
                  <p className="outbox__subject">{mail.subject}</p>
                  <LetterText text={mail.text} />
                </td>
                <td data-label={t("admin.outbox.columns.status")}>
                  {mail.sentAt ? (
                    <span className="tag tag--ok">
                      {t("admin.outbox.sent", { time: formatDateTime(mail.sentAt, locale) })}
                    </span>
                  ) : (
                    <span className="tag tag--muted">{t("admin.outbox.queued")}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );

  return (
    <div className="container page">
      <header className="page-header">
        <h1 className="page-title">{t("admin.outbox.title")}</h1>
        <p className="page-lead">{t("admin.outbox.lead")}</p>
      </header>
      {body}
    </div>
  );
}
