/**
 * The organisers' floor editor: /admin/floors lists the floors, /admin/floors/:floorSlug
 * edits one. Others see what the other admin pages show them (sign in / no access);
 * the API refuses their edits in any case.
 */
import { floorPlanInput } from "@pavilion/schema";
import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { FloorEditor } from "../admin/floor-editor/FloorEditor.tsx";
import { FloorList } from "../admin/floor-editor/FloorList.tsx";
import { useSession } from "../auth/session.ts";
import { isMissingBooth as isMissing } from "../booth/notFound.ts";
import { NotFoundView } from "../components/NotFoundView.tsx";
import { LoadError, Notice, PageLoading } from "../components/states.tsx";
import { useOverview } from "../exhibition/useOverview.ts";
import { pickText } from "../i18n/locale.ts";
import { useLocale } from "../i18n/useLocale.ts";
import { useDocumentTitle } from "../lib/useDocumentTitle.ts";
import { useTRPC } from "../trpc.ts";
import "./admin/admin.css";

function Shell({ title, lead, children }: { title: string; lead?: ReactNode; children: ReactNode }) {
  return (
    <div className="container page">
      <header className="page-header">
        <h1 className="page-title">{title}</h1>
        {lead ? <div className="page-lead">{lead}</div> : null}
      </header>
      {children}
    </div>
  );
}

function FloorsScreen() {
  const { t } = useTranslation("floorEdit");
  useDocumentTitle(t("title"));
  const overview = useOverview();
  let body: ReactNode;
  if (overview.isError && !overview.data) body = <LoadError onRetry={() => void overview.refetch()} />;
  else if (!overview.data) body = <PageLoading />;
  else body = <FloorList floors={overview.data.floors} />;
  return (
    <Shell title={t("title")} lead={t("lead")}>
      {body}
    </Shell>
  );
}

function EditorScreen({ slug }: { slug: string }) {
  const { t } = useTranslation("floorEdit");
  const locale = useLocale();
  const trpc = useTRPC();
  const valid = floorPlanInput.safeParse({ slug }).success;
  const plan = useQuery(trpc.floor.plan.queryOptions({ slug }, { enabled: valid, staleTime: 0 }));
  const floorName = plan.data ? pickText(plan.data.floor.name, locale) : null;
  useDocumentTitle(floorName ? `${t("title")}: ${floorName}` : t("title"));

  if (!valid || (plan.isError && isMissing(plan.error))) {
    return (
      <NotFoundView title={t("notFound.title")} text={t("notFound.text")}>
        <Link to="/admin/floors" className="button button--primary">
          {t("allFloors")}
        </Link>
      </NotFoundView>
    );
  }
  if (plan.isError && !plan.data) {
    return (
      <Shell title={t("title")}>
        <LoadError onRetry={() => void plan.refetch()} />
      </Shell>
    );
  }
  if (!plan.data) return <PageLoading />;
  const others = plan.data.floors;
  return (
    <div className="container container--editor page page--editor">
      <header className="editor-header">
        <div className="editor-header__top">
          <div>
            <Link className="editor-header__back" to="/admin/floors">
              {t("allFloors")}
            </Link>
            <h1 className="page-title">{floorName}</h1>
          </div>
          <Link className="button button--secondary button--sm" to={`/floors/${encodeURIComponent(slug)}`}>
            {t("visitorView")}
          </Link>
        </div>
        {others.length > 1 ? (
          <nav className="editor-header__floors" aria-label={t("floorsNav")}>
            {others.map((floor) => (
              <Link
                key={floor.id}
                to={`/admin/floors/${encodeURIComponent(floor.slug)}`}
                className="editor-header__floor"
                aria-current={floor.slug === plan.data.floor.slug ? "page" : undefined}
              >
                {pickText(floor.name, locale)}
              </Link>
            ))}
          </nav>
        ) : null}
      </header>
      {/* A new floor is a new edit: its own selection and draft. */}
      <FloorEditor key={plan.data.floor.id} plan={plan.data} />
    </div>
  );
}

export function AdminFloorsPage() {
  const { floorSlug } = useParams();
  const { t } = useTranslation("floorEdit");
  const session = useSession();

  if (session.isPending) return <PageLoading />;
  if (!session.data) return <Guard text={t("signInRequired")} />;
  if (session.data.role !== "organiser") return <Guard text={t("noAccess")} />;
  return floorSlug ? <EditorScreen slug={floorSlug} /> : <FloorsScreen />;
}

function Guard({ text }: { text: string }) {
  const { t } = useTranslation("floorEdit");
  useDocumentTitle(t("title"));
  return (
    <Shell title={t("title")}>
      <Notice text={text} />
    </Shell>
  );
}
