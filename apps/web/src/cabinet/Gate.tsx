/** What the cabinet and moderation pages show to someone who may not use them. */
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { SignInLinks } from "../auth/SignInLinks.tsx";
import { Icon, type IconName } from "../components/Icon.tsx";
import { LoadError, PageLoading } from "../components/states.tsx";
import { httpStatusOf } from "../lib/errors.ts";
import { useDocumentTitle } from "../lib/useDocumentTitle.ts";
import "./gate.css";

interface GateCardProps {
  icon: IconName;
  /** Draws the icon as a warning (something is wrong, not just a step to take). */
  warning?: boolean;
  /** A small line above the title. */
  eyebrow?: string;
  title: string;
  text: string;
  className?: string;
  /** The buttons: what to do next. */
  children: ReactNode;
}

/** A page's single card: an icon, a title, a sentence and what to do next. */
export function GateCard({
  icon,
  warning = false,
  eyebrow,
  title,
  text,
  className,
  children,
}: GateCardProps) {
  return (
    <div className="container page gate">
      <div className={className ? `gate__card ${className}` : "gate__card"}>
        <span className={warning ? "gate__icon gate__icon--warning" : "gate__icon"} aria-hidden="true">
          <Icon name={icon} size={28} />
        </span>
        {eyebrow ? <p className="invite-card__eyebrow">{eyebrow}</p> : null}
        <h1 className="gate__title">{title}</h1>
        <p className="gate__text">{text}</p>
        <div className="gate__actions">{children}</div>
      </div>
    </div>
  );
}

/** Asks a guest to sign in (or up) and come back to this page. */
export function SignInGate({ title, text }: { title: string; text: string }) {
  const { t } = useTranslation();
  useDocumentTitle(title);
  return (
    <GateCard icon="users" title={title} text={text}>
      <SignInLinks signInLabel={t("layout.signIn")} signUpLabel={t("layout.signUp")} />
    </GateCard>
  );
}

interface NoAccessProps {
  title: string;
  text: string;
  back: { to: string; label: string };
}

/** Tells a signed-in person this is not theirs to open, and where to go instead. */
export function NoAccessGate({ title, text, back }: NoAccessProps) {
  useDocumentTitle(title);
  return (
    <GateCard icon="alert" warning title={title} text={text}>
      <Link className="button button--primary" to={back.to}>
        {back.label}
      </Link>
    </GateCard>
  );
}

interface ExhibitorQueryGateProps<T> {
  /** Whether the address holds a well-formed exhibitor id. */
  valid: boolean;
  query: { data: T | undefined; error: unknown; isError: boolean; refetch: () => unknown };
  /** What to say when the id is malformed or the server refuses it (not found, not allowed). */
  refused: NoAccessProps;
  children: (data: T) => ReactNode;
}

/**
 * A page about one exhibitor before its data is in: `refused` for an id that is
 * malformed or refused, a retry when the request failed, a spinner while it loads;
 * then `children` with the data.
 */
export function ExhibitorQueryGate<T>({ valid, query, refused, children }: ExhibitorQueryGateProps<T>) {
  const status = httpStatusOf(query.error);
  if (!valid || (query.isError && status !== undefined && status < 500)) return <NoAccessGate {...refused} />;
  if (query.isError && !query.data) {
    return (
      <div className="container page">
        <LoadError onRetry={() => void query.refetch()} />
      </div>
    );
  }
  if (!query.data) return <PageLoading />;
  return children(query.data);
}
