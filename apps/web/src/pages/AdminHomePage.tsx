import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useSession } from "../auth/session.ts";
import { Notice, PageLoading } from "../components/states.tsx";
import { useDocumentTitle } from "../lib/useDocumentTitle.ts";
import { useTRPC } from "../trpc.ts";
import "./admin/admin.css";

interface Tool {
  to: string;
  title: string;
  text: string;
  badge?: string | null;
}

/** The organiser's start page: the tools of running the fair, with what waits for them. */
export function AdminHomePage() {
  const { t } = useTranslation();
  useDocumentTitle(t("admin.home.title"));
  const trpc = useTRPC();
  const session = useSession();
  const organiser = session.data?.role === "organiser";
  const queue = useQuery(trpc.moderation.queue.queryOptions(undefined, { enabled: organiser }));
  const events = useQuery(trpc.authoring.reviewQueue.queryOptions(undefined, { enabled: organiser }));

  let body: ReactNode;
  if (session.isPending) body = <PageLoading />;
  else if (!organiser) {
    body = <Notice text={t(session.data ? "admin.home.noAccess" : "admin.home.signInRequired")} />;
  } else {
    const waiting = queue.data?.length ?? 0;
    const eventsWaiting = events.data?.length ?? 0;
    const tools: Tool[] = [
      {
        to: "/admin/moderation",
        title: t("admin.home.moderation.title"),
        text: t("admin.home.moderation.text"),
        badge: waiting > 0 ? t("admin.home.moderation.waiting", { count: waiting }) : null,
      },
      { to: "/admin/programme", title: t("authoring:admin.homeTitle"), text: t("authoring:admin.homeText") },
      {
        to: "/admin/programme/review",
        title: t("authoring:admin.homeReviewTitle"),
        text: t("authoring:admin.homeReviewText"),
        badge: eventsWaiting > 0 ? t("authoring:admin.waiting", { count: eventsWaiting }) : null,
      },
      { to: "/admin/floors", title: t("admin.home.floors.title"), text: t("admin.home.floors.text") },
      {
        to: "/admin/registration",
        title: t("registrants:admin.homeTitle"),
        text: t("registrants:admin.homeText"),
      },
      { to: "/admin/analytics", title: t("analytics:title"), text: t("analytics:adminLinkText") },
      {
        to: "/admin/analytics/warmth",
        title: t("analytics:warmthLinkTitle"),
        text: t("analytics:warmthLinkText"),
      },
      { to: "/admin/outbox", title: t("admin.home.outbox.title"), text: t("admin.home.outbox.text") },
    ];
    body = (
      <ul className="admin-tools">
        {tools.map((tool) => (
          <li key={tool.to}>
            <Link to={tool.to} className="admin-tool">
              <span className="admin-tool__title">
                {tool.title}
                {tool.badge ? <span className="tag tag--meeting">{tool.badge}</span> : null}
              </span>
              <span className="admin-tool__text">{tool.text}</span>
            </Link>
          </li>
        ))}
      </ul>
    );
  }

  return (
    <div className="container page">
      <header className="page-header">
        <h1 className="page-title">{t("admin.home.title")}</h1>
        <p className="page-lead">{t("admin.home.lead")}</p>
      </header>
      {body}
    </div>
  );
}
