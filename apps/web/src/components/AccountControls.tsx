import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import { safeNext } from "../auth/next.ts";
import { SignInLinks } from "../auth/SignInLinks.tsx";
import { useSession, useSignOut } from "../auth/session.ts";
import { initials } from "../lib/color.ts";
import { Icon } from "./Icon.tsx";

const authPages = ["/sign-in", "/sign-up", "/forgot-password", "/reset-password"];

/** "Sign in" and "Sign up" for a guest; the person's name and "Sign out" once signed in. */
export function AccountControls() {
  const { t } = useTranslation();
  const location = useLocation();
  const { data: user, isPending } = useSession();
  const signOut = useSignOut();

  if (isPending) return <div className="account account--placeholder" />;

  if (!user) {
    // From a sign-in form, keep the page it would return to; elsewhere, return here.
    const here = authPages.includes(location.pathname)
      ? safeNext(new URLSearchParams(location.search).get("next"))
      : `${location.pathname}${location.search}`;
    return (
      <div className="account">
        <SignInLinks
          here={here}
          signInLabel={t("layout.signIn")}
          signUpLabel={t("layout.signUp")}
          signInClassName="button button--ghost-light button--sm"
          signUpClassName="button button--accent button--sm"
        />
      </div>
    );
  }

  return (
    <div className="account">
      <Link
        to="/me/data"
        className="user-chip user-chip--link"
        title={`${t("layout.signedInAs", { name: user.name })} · ${t("privacy:headerLink")}`}
      >
        <span className="user-chip__avatar" aria-hidden="true">
          {initials(user.name)}
        </span>
        <span className="user-chip__name" data-testid="current-user">
          {user.name}
        </span>
        <span className="visually-hidden">, {t("privacy:headerLink")}</span>
      </Link>
      <button
        type="button"
        className="button button--ghost-light button--sm"
        onClick={() => signOut.mutate()}
        disabled={signOut.isPending}
        aria-busy={signOut.isPending || undefined}
      >
        <Icon name="signOut" size={18} className="account__signout-icon" />
        <span>{t("layout.signOut")}</span>
      </button>
    </div>
  );
}
