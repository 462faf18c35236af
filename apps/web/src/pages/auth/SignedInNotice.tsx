import type { SessionUser } from "@pavilion/schema";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";

/** Shown instead of a sign-in form to someone already signed in. */
export function SignedInNotice({ user, next }: { user: SessionUser; next: string }) {
  const { t } = useTranslation();
  return (
    <div className="notice notice--info">
      <p>{t("auth.alreadySignedIn", { name: user.name })}</p>
      <Link to={next} className="button button--primary button--sm">
        {t("auth.continue")}
      </Link>
    </div>
  );
}
