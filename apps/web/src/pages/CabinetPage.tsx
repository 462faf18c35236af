/** /cabinet: the companies the signed-in person works for, and applying to exhibit. */
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useSession } from "../auth/session.ts";
import { SignInGate } from "../cabinet/Gate.tsx";
import { ApplyForm } from "../cabinet/list/ApplyForm.tsx";
import { CompanyList } from "../cabinet/list/CompanyList.tsx";
import { Icon } from "../components/Icon.tsx";
import { LoadError, PageLoading } from "../components/states.tsx";
import { useDocumentTitle } from "../lib/useDocumentTitle.ts";
import { useTRPC } from "../trpc.ts";
import "../cabinet/cabinet.css";

export function CabinetPage() {
  const { t } = useTranslation("cabinet");
  useDocumentTitle(t("list.title"));
  const trpc = useTRPC();
  const session = useSession();
  const mine = useQuery(trpc.cabinet.mine.queryOptions(undefined, { enabled: Boolean(session.data) }));

  if (session.isPending) return <PageLoading />;
  if (!session.data) return <SignInGate title={t("gate.signInTitle")} text={t("gate.signInText")} />;

  return (
    <div className="container page cabinet-home">
      <header className="page-header">
        <h1 className="page-title">{t("list.title")}</h1>
        <p className="page-lead">{t("list.lead")}</p>
      </header>
      <div className="cabinet-home__grid">
        <section className="cabinet-home__companies" aria-labelledby="my-companies-title">
          <h2 className="visually-hidden" id="my-companies-title">
            {t("list.title")}
          </h2>
          {mine.isError && !mine.data ? (
            <LoadError onRetry={() => void mine.refetch()} />
          ) : !mine.data ? (
            <PageLoading />
          ) : mine.data.length === 0 ? (
            <div className="notice notice--info cabinet-empty">
              <Icon name="users" />
              <p>{t("list.empty")}</p>
            </div>
          ) : (
            <CompanyList companies={mine.data} />
          )}
        </section>
        <section className="panel apply" aria-labelledby="apply-title">
          <h2 className="panel__title" id="apply-title">
            {t("apply.title")}
          </h2>
          <p className="panel__lead">{t("apply.lead")}</p>
          <ApplyForm />
        </section>
      </div>
    </div>
  );
}
