/** What the cabinet and moderation pages show to someone who may not use them. */
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import { signInHref } from "../auth/next.ts";
import { Icon } from "../components/Icon.tsx";
import { useDocumentTitle } from "../lib/useDocumentTitle.ts";
import "./gate.css";

/** Asks a guest to sign in (or up) and come back to this page. */
export function SignInGate({ title, text }: { title: string; text: string }) {
  const { t } = useTranslation();
  const location = useLocation();
  const here = `${location.pathname}${location.search}`;
  useDocumentTitle(title);
  return (
    <div className="container page gate">
      <div className="gate__card">
        <span className="gate__icon" aria-hidden="true">
          <Icon name="users" size={28} />
        </span>
        <h1 className="gate__title">{title}</h1>
        <p className="gate__text">{text}</p>
        <div className="gate__actions">
          <Link className="button button--primary" to={signInHref(here)}>
            {t("layout.signIn")}
          </Link>
          <Link className="button button--secondary" to={signInHref(here, "/sign-up")}>
            {t("layout.signUp")}
          </Link>
        </div>
      </div>
    </div>
  );
}

/** Tells a signed-in person this is not theirs to open, and where to go instead. */
export function NoAccessGate({
  title,
  text,
  back,
}: {
  title: string;
  text: string;
  back: { to: string; label: string };
}) {
  useDocumentTitle(title);
  return (
    <div className="container page gate">
      <div className="gate__card">
        <span className="gate__icon gate__icon--warning" aria-hidden="true">
          <Icon name="alert" size={28} />
        </span>
        <h1 className="gate__title">{title}</h1>
        <p className="gate__text">{text}</p>
        <div className="gate__actions">
          <Link className="button button--primary" to={back.to}>
            {back.label}
          </Link>
        </div>
      </div>
    </div>
  );
}
