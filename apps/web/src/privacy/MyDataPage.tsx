/**
 * /me/data, for the signed-in person: what they did, which companies have their contacts (with
 * "Withdraw"), their data as a JSON download, and deleting it.
 */
import { useTranslation } from "react-i18next";
import { useSession } from "../auth/session.ts";
import { SignInGate } from "../cabinet/Gate.tsx";
import { PageLoading } from "../components/states.tsx";
import { useDocumentTitle } from "../lib/useDocumentTitle.ts";
import { ActivitySection } from "./ActivitySection.tsx";
import { ConsentsSection } from "./ConsentsSection.tsx";
import { DeleteSection } from "./DeleteSection.tsx";
import "../cabinet/cabinet.css";
import "./privacy.css";

export function MyDataPage() {
  const { t } = useTranslation("privacy");
  useDocumentTitle(t("title"));
  const session = useSession();
  if (session.isPending) return <PageLoading />;
  if (!session.data) return <SignInGate title={t("signInTitle")} text={t("signInText")} />;
  return (
    <div className="container page my-data">
      <header className="page-header">
        <h1 className="page-title">{t("title")}</h1>
        <p className="page-lead">{t("lead")}</p>
      </header>
      <div className="my-data__grid">
        <ActivitySection />
        <div className="my-data__side">
          <ConsentsSection />
          <section className="my-data__card" aria-labelledby="my-data-download">
            <h2 className="my-data__title" id="my-data-download">
              {t("download.title")}
            </h2>
            <p className="my-data__lead">{t("download.text")}</p>
            <a
              className="button button--secondary"
              href="/me/data.json"
              download
              data-testid="download-my-data"
            >
              {t("download.link")}
            </a>
          </section>
          <DeleteSection />
        </div>
      </div>
    </div>
  );
}
