import type { BoothPage } from "@pavilion/schema";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { pickText } from "../i18n/locale.ts";
import { useLocale } from "../i18n/useLocale.ts";
import { listItems, paragraphs } from "./text.ts";

/** What the company says about itself, and what it offers (as chips when it is a list). */
export function BoothAbout({ booth }: { booth: BoothPage }) {
  const { t } = useTranslation("booth");
  const locale = useLocale();
  const aboutId = useId();
  const productsId = useId();
  const description = paragraphs(pickText(booth.description, locale));
  const products = pickText(booth.products, locale);
  const items = listItems(products);
  return (
    <>
      <section className="booth-section" aria-labelledby={aboutId}>
        <h2 className="booth-section__title" id={aboutId}>
          {t("page.about")}
        </h2>
        {description.length > 0 ? (
          <div className="booth-prose">
            {description.map((paragraph, index) => (
              // Paragraphs have no identity of their own; their order is fixed.
              <p key={index}>{paragraph}</p>
            ))}
          </div>
        ) : (
          <p className="booth-muted">{t("page.noDescription")}</p>
        )}
      </section>
      {products ? (
        <section className="booth-section" aria-labelledby={productsId}>
          <h2 className="booth-section__title" id={productsId}>
            {t("page.products")}
          </h2>
          {items ? (
            <ul className="booth-chips">
              {items.map((item) => (
                <li key={item} className="booth-chip">
                  {item}
                </li>
              ))}
            </ul>
          ) : (
            <p className="booth-prose">{products}</p>
          )}
        </section>
      ) : null}
    </>
  );
}
