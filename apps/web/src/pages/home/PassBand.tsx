import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Icon } from "../../components/Icon.tsx";

/** The call to sign up, for guests. */
export function PassBand() {
  const { t } = useTranslation();
  return (
    <section className="pass-band" aria-labelledby="pass-title">
      <div className="container pass-band__inner">
        <div>
          <h2 className="pass-band__title" id="pass-title">
            {t("home.passTitle")}
          </h2>
          <p className="pass-band__text">{t("home.passText")}</p>
        </div>
        <ul className="pass-band__points">
          <li>
            <Icon name="check" />
            <span>{t("home.passPoints.booths")}</span>
          </li>
          <li>
            <Icon name="check" />
            <span>{t("home.passPoints.chat")}</span>
          </li>
          <li>
            <Icon name="check" />
            <span>{t("home.passPoints.materials")}</span>
          </li>
        </ul>
        <Link to="/sign-up" className="button button--accent button--lg pass-band__cta">
          {t("home.ctaSignUp")}
        </Link>
      </div>
    </section>
  );
}
