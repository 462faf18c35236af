/** /invite/:token: an invitation to a company's team, accepted by the person signed in. */
import { inviteTokenInput } from "@pavilion/schema";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { SignInLinks } from "../auth/SignInLinks.tsx";
import { useSession } from "../auth/session.ts";
import { CompanyLogo } from "../cabinet/CompanyLogo.tsx";
import { errorMessage } from "../cabinet/forms/messages.ts";
import { GateCard } from "../cabinet/Gate.tsx";
import { Icon } from "../components/Icon.tsx";
import { PageLoading } from "../components/states.tsx";
import { pickText } from "../i18n/locale.ts";
import { useLocale } from "../i18n/useLocale.ts";
import type { Translate } from "../lib/errors.ts";
import { useDocumentTitle } from "../lib/useDocumentTitle.ts";
import { useTRPC } from "../trpc.ts";
import "../cabinet/cabinet.css";
import "../cabinet/gate.css";

export function InvitePage() {
  const { t } = useTranslation("cabinet");
  const translate = t as unknown as Translate;
  const locale = useLocale();
  useDocumentTitle(t("invite.title"));
  const { token = "" } = useParams();
  const valid = inviteTokenInput.safeParse({ token }).success;
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const session = useSession();
  const signedIn = Boolean(session.data);
  // The invitation says whom it is for only to someone signed in.
  const preview = useQuery(
    trpc.cabinet.invitePreview.queryOptions({ token }, { enabled: valid && signedIn, retry: false }),
  );
  const accept = useMutation(
    trpc.cabinet.acceptInvite.mutationOptions({
      onSuccess: async ({ exhibitorId }) => {
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.auth.me.queryKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.cabinet.mine.queryKey() }),
        ]);
        void navigate(`/cabinet/${exhibitorId}`);
      },
    }),
  );

  if (session.isPending) return <PageLoading />;
  const here = `/invite/${encodeURIComponent(token)}`;
  if (valid && !signedIn) return <SignInToAccept here={here} />;
  if (!valid || preview.isError) {
    const message = valid ? errorMessage(preview.error, translate) : t("errors:codes.invite.invalid");
    return (
      <GateCard icon="alert" warning title={t("invite.invalid")} text={message}>
        <Link className="button button--secondary" to="/">
          {t("ui:common.backHome")}
        </Link>
      </GateCard>
    );
  }

  const invite = preview.data;
  if (!invite) return <PageLoading />;
  const company = pickText(invite.exhibitorName, locale) || "—";
  return (
    <div className="container page gate">
      <div className="gate__card invite-card">
        <CompanyLogo url={null} name={company} color="#2b4677" size={64} />
        <p className="invite-card__eyebrow">{t("invite.title")}</p>
        <h1 className="gate__title">{company}</h1>
        <p className="gate__text">{t("invite.lead", { company, role: t(`roles.${invite.role}`) })}</p>
        <p className="invite-card__sent">{t("invite.sentTo", { email: invite.email })}</p>
        {accept.isError ? (
          <div className="alert alert--error" role="alert">
            <Icon name="alert" />
            <p>{errorMessage(accept.error, translate)}</p>
          </div>
        ) : null}
        <div className="gate__actions">
          <button
            type="button"
            className="button button--accent button--lg"
            onClick={() => accept.mutate({ token })}
            disabled={accept.isPending || accept.isSuccess}
            aria-busy={accept.isPending || undefined}
          >
            {accept.isPending ? <span className="spinner" aria-hidden="true" /> : <Icon name="check" />}
            {t("invite.accept")}
          </button>
        </div>
        <span className="visually-hidden" role="status">
          {accept.isPending ? t("invite.accepting") : ""}
        </span>
      </div>
    </div>
  );
}

/** A guest is asked to sign in (or up) first, and comes back here to accept. */
function SignInToAccept({ here }: { here: string }) {
  const { t } = useTranslation("cabinet");
  return (
    <GateCard
      icon="mail"
      eyebrow={t("invite.title")}
      title={t("invite.guestTitle")}
      text={t("invite.signInFirst")}
      className="invite-card"
    >
      <SignInLinks here={here} signInLabel={t("invite.signIn")} signUpLabel={t("invite.signUp")} />
    </GateCard>
  );
}
