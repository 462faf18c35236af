/** The companies I gave my contacts to, when and how, each with "Withdraw". */
import type { MyConsent } from "@pavilion/schema";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ConfirmDialog } from "../cabinet/Dialog.tsx";
import { LoadError } from "../components/states.tsx";
import { pickText } from "../i18n/locale.ts";
import { useLocale } from "../i18n/useLocale.ts";
import { formatDateTime } from "../lib/format.ts";
import { useTRPC } from "../trpc.ts";

export function ConsentsSection() {
  const { t } = useTranslation("privacy");
  const locale = useLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const titleId = useId();
  const consents = useQuery(trpc.privacy.myConsents.queryOptions());
  const [asking, setAsking] = useState<MyConsent | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const withdraw = useMutation(
    trpc.privacy.withdrawConsent.mutationOptions({
      onSuccess: () => {
        setDone(asking ? pickText(asking.exhibitorName, locale) : null);
        setAsking(null);
        void queryClient.invalidateQueries({ queryKey: trpc.privacy.pathKey() });
      },
    }),
  );
  const company = asking ? pickText(asking.exhibitorName, locale) : "";

  return (
    <section className="my-data__card" aria-labelledby={titleId}>
      <h2 className="my-data__title" id={titleId} ref={heading} tabIndex={-1}>
        {t("consents.title")}
      </h2>
      <p className="my-data__lead">{t("consents.lead")}</p>
      {consents.isError ? <LoadError onRetry={() => void consents.refetch()} /> : null}
      {consents.data?.length === 0 ? <p className="my-data__empty">{t("consents.empty")}</p> : null}
      {consents.data && consents.data.length > 0 ? (
        <ul className="my-consents" data-testid="my-consents">
          {consents.data.map((consent) => {
            const name = pickText(consent.exhibitorName, locale);
            return (
              <li key={consent.exhibitorId} className="my-consents__item">
                <div className="my-consents__text">
                  <span className="my-consents__name">{name}</span>
                  <span className="my-consents__how">
                    {t(`consents.via.${consent.via}`)} ·{" "}
                    {t("consents.given", { date: formatDateTime(consent.givenAt, locale) })}
                  </span>
                  {consent.withdrawnAt ? (
                    <span className="tag tag--muted my-consents__withdrawn">
                      {t("consents.withdrawn", { date: formatDateTime(consent.withdrawnAt, locale) })}
                    </span>
                  ) : null}
                </div>
                {consent.withdrawnAt ? null : (
                  <button
                    type="button"
                    className="button button--secondary button--sm"
                    aria-label={t("consents.withdrawLabel", { company: name })}
                    onClick={() => {
                      withdraw.reset();
                      setDone(null);
                      setAsking(consent);
                    }}
                  >
                    {t("consents.withdraw")}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      ) : null}
      <p className="visually-hidden" role="status">
        {done ? t("consents.done", { company: done }) : ""}
      </p>
      <ConfirmDialog
        open={asking !== null}
        title={t("consents.confirmTitle", { company })}
        text={t("consents.confirmText", { company })}
        confirmLabel={t("consents.confirm")}
        keepLabel={t("consents.keep")}
        action={withdraw}
        onConfirm={() => {
          if (asking) withdraw.mutate({ exhibitorId: asking.exhibitorId });
        }}
        onClose={() => setAsking(null)}
        restoreFocus={() => (done !== null ? heading.current : null)}
      />
    </section>
  );
}
