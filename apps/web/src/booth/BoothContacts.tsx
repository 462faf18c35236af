import type { BoothPage } from "@pavilion/schema";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { BoothIcon } from "./BoothIcon.tsx";
import { mailHref, phoneHref, webLink } from "./links.ts";

/** Website (new tab), e-mail and phone, as links that work on a phone too. */
export function BoothContacts({ booth }: { booth: BoothPage }) {
  const { t } = useTranslation("booth");
  const titleId = useId();
  const website = webLink(booth.website);
  const email = mailHref(booth.contactEmail);
  const phone = phoneHref(booth.contactPhone);
  return (
    <section className="booth-card" aria-labelledby={titleId}>
      <h2 className="booth-card__title" id={titleId}>
        {t("page.contacts")}
      </h2>
      {website || email || phone ? (
        <dl className="booth-contacts">
          {website ? (
            <div className="booth-contact">
              <dt>
                <BoothIcon name="globe" size={18} />
                <span>{t("page.website")}</span>
              </dt>
              <dd>
                <a href={website.href} target="_blank" rel="noopener noreferrer">
                  {website.label}
                  <span className="visually-hidden"> {t("page.newTab")}</span>
                </a>
              </dd>
            </div>
          ) : null}
          {email ? (
            <div className="booth-contact">
              <dt>
                <BoothIcon name="mail" size={18} />
                <span>{t("page.email")}</span>
              </dt>
              <dd>
                <a href={email}>{booth.contactEmail?.trim()}</a>
              </dd>
            </div>
          ) : null}
          {phone ? (
            <div className="booth-contact">
              <dt>
                <BoothIcon name="phone" size={18} />
                <span>{t("page.phone")}</span>
              </dt>
              <dd>
                <a href={phone}>{booth.contactPhone?.trim()}</a>
              </dd>
            </div>
          ) : null}
        </dl>
      ) : (
        <p className="booth-muted">{t("page.noContacts")}</p>
      )}
    </section>
  );
}
