/** /admin/registration: the organiser's registration settings and the programme's registrant lists. */
import { useTranslation } from "react-i18next";
import { useSession } from "../auth/session.ts";
import { NoAccessGate, SignInGate } from "../cabinet/Gate.tsx";
import { BackLink } from "../components/BackLink.tsx";
import { PageLoading } from "../components/states.tsx";
import { useDocumentTitle } from "../lib/useDocumentTitle.ts";
import { HeardFromEditor } from "../registrants/HeardFromEditor.tsx";
import { UpcomingEvents } from "../registrants/UpcomingEvents.tsx";
import "../cabinet/cabinet.css";
import "../registrants/registrants.css";

/** The organiser's registration settings: the "how did you hear about it" choices. */
export function AdminRegistrationPage() {
  const { t } = useTranslation("registrants");
  useDocumentTitle(t("admin.title"));
  const session = useSession();
  if (session.isPending) return <PageLoading />;
  if (!session.data) return <SignInGate title={t("admin.title")} text={t("admin.signInText")} />;
  if (session.data.role !== "organiser") {
    return (
      <NoAccessGate
        title={t("admin.noAccessTitle")}
        text={t("admin.noAccessText")}
        back={{ to: "/", label: t("admin.back") }}
      />
    );
  }
  return (
    <div className="container page admin-registration">
      <header className="page-header">
        <BackLink to="/admin" label={t("ui:admin.home.title")} />
        <h1 className="page-title">{t("admin.title")}</h1>
        <p className="page-lead">{t("admin.lead")}</p>
      </header>
      <HeardFromEditor />
      <UpcomingEvents />
    </div>
  );
}
