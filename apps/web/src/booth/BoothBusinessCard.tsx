import type { SessionUser } from "@pavilion/schema";
import { useQuery } from "@tanstack/react-query";
import { type ReactNode, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { SignInLinks } from "../auth/SignInLinks.tsx";
import { useSession } from "../auth/session.ts";
import { useTRPC } from "../trpc.ts";
import { BoothIcon } from "./BoothIcon.tsx";
import { ContactForm } from "./ContactForm.tsx";
import { initialCardValues } from "./contactCard.ts";
import { SentCard } from "./SentCard.tsx";

interface BoothBusinessCardProps {
  /** The panel's id, for the "Leave my contacts" button at the top of the booth. */
  id: string;
  exhibitorId: string;
  /** The company's name, shown as text in the consent and the confirmation. */
  company: string;
  mode: "visitor" | "preview";
}

/** The first thing a visitor may want at a booth: takes them (and the keyboard's focus) to the card. */
export function LeaveContactsButton({ cardId }: { cardId: string }) {
  const { t } = useTranslation("booth");
  return (
    <button
      type="button"
      className="button button--accent"
      onClick={() => {
        // Not a #hash link: a new history entry would count as another visit.
        const panel = document.getElementById(cardId);
        panel?.scrollIntoView({ behavior: "smooth", block: "start" });
        panel?.focus({ preventScroll: true });
      }}
    >
      <BoothIcon name="card" size={20} />
      {t("page.card.title")}
    </button>
  );
}

function Loading({ label }: { label: string }) {
  return (
    <div className="booth-card__loading" role="status">
      <span className="spinner" aria-hidden="true" />
      <span className="visually-hidden">{label}</span>
    </div>
  );
}

/** A signed-in visitor: the card they sent, or the form (prefilled from it or from their account). */
function VisitorCard({
  exhibitorId,
  company,
  user,
}: {
  exhibitorId: string;
  company: string;
  user: SessionUser;
}) {
  const { t } = useTranslation("booth");
  const trpc = useTRPC();
  const card = useQuery(trpc.booth.myCard.queryOptions({ exhibitorId }));
  const [editing, setEditing] = useState(false);
  const [returned, setReturned] = useState(false);
  if (card.isPending) return <Loading label={t("page.card.loading")} />;
  const sent = card.data ?? null;
  const back = () => {
    setEditing(false);
    setReturned(true);
  };
  if (sent && !editing) {
    return <SentCard card={sent} company={company} focus={returned} onEdit={() => setEditing(true)} />;
  }
  return (
    <>
      <p className="booth-card__lead">{t("page.card.lead", { company })}</p>
      <ContactForm
        exhibitorId={exhibitorId}
        company={company}
        initial={initialCardValues(sent, user)}
        onSent={back}
        onCancel={sent ? back : undefined}
        focusFirst={editing}
      />
    </>
  );
}

function SignedOutCard({ company }: { company: string }) {
  const { t } = useTranslation("booth");
  return (
    <>
      <p className="booth-card__lead">{t("page.card.signedOut", { company })}</p>
      <div className="booth-card__auth">
        <SignInLinks signInLabel={t("page.card.signIn")} signUpLabel={t("page.card.signUp")} />
      </div>
    </>
  );
}

/**
 * "Leave my contacts": the visitor's business card for the company. Signed-out
 * visitors are asked to sign in, the company's own people are sent to its cabinet,
 * and a preview shows the form without letting it send.
 */
export function BoothBusinessCard({ id, exhibitorId, company, mode }: BoothBusinessCardProps) {
  const { t } = useTranslation("booth");
  const titleId = useId();
  const { data: user, isPending } = useSession();
  const member = mode === "visitor" && user?.memberships.some((m) => m.exhibitorId === exhibitorId);

  let body: ReactNode;
  if (mode === "preview") {
    body = (
      <>
        <p className="booth-card__note">{t("page.card.preview")}</p>
        <ContactForm
          exhibitorId={exhibitorId}
          company={company}
          initial={initialCardValues(null, null)}
          disabled
        />
      </>
    );
  } else if (isPending) {
    body = <Loading label={t("page.card.loading")} />;
  } else if (!user) {
    body = <SignedOutCard company={company} />;
  } else if (member) {
    body = (
      <>
        <p className="booth-card__lead">{t("page.card.memberText")}</p>
        <Link
          className="button button--primary button--block"
          to={`/cabinet/${encodeURIComponent(exhibitorId)}`}
        >
          {t("page.card.memberLink")}
        </Link>
      </>
    );
  } else {
    body = <VisitorCard exhibitorId={exhibitorId} company={company} user={user} />;
  }

  return (
    <section className="booth-card booth-business-card" id={id} aria-labelledby={titleId} tabIndex={-1}>
      <div className="booth-business-card__head">
        <span className="booth-business-card__icon">
          <BoothIcon name={member ? "store" : "card"} size={22} />
        </span>
        <h2 className="booth-card__title" id={titleId}>
          {member ? t("page.card.memberTitle") : t("page.card.title")}
        </h2>
      </div>
      {body}
    </section>
  );
}
