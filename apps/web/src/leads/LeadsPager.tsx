import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { useLocale } from "../i18n/useLocale.ts";
import { type LeadView, lastPage, PAGE_SIZE, writeView } from "./filters.ts";
import { formatCount } from "./words.ts";

/** "51–100 of 230" with links to the previous and next page (links, so each page has an address). */
export function LeadsPager({ view, total }: { view: LeadView; total: number }) {
  const { t } = useTranslation("leads");
  const locale = useLocale();
  const [params] = useSearchParams();
  const pages = lastPage(total);
  const page = Math.min(view.page, pages);
  const first = total === 0 ? 0 : (page - 1) * PAGE_SIZE + 1;
  const last = Math.min(total, page * PAGE_SIZE);
  const linkTo = (target: number) => ({ search: writeView(params, { ...view, page: target }).toString() });
  return (
    <nav className="leads-pager" aria-label={t("pager.label")}>
      <p className="leads-pager__range">
        {t("list.range", {
          from: formatCount(first, locale),
          to: formatCount(last, locale),
          total: formatCount(total, locale),
        })}
      </p>
      {pages > 1 ? (
        <div className="leads-pager__links">
          {page > 1 ? (
            <Link className="button button--secondary button--sm" to={linkTo(page - 1)} rel="prev">
              {t("pager.previous")}
            </Link>
          ) : null}
          <span className="leads-pager__page">{t("pager.page", { page, pages })}</span>
          {page < pages ? (
            <Link className="button button--secondary button--sm" to={linkTo(page + 1)} rel="next">
              {t("pager.next")}
            </Link>
          ) : null}
        </div>
      ) : null}
    </nav>
  );
}
