import type { CrmWebhook } from "@pavilion/schema";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ConfirmDialog } from "../../cabinet/Dialog.tsx";
import { Panel } from "../../cabinet/frame/CabinetTab.tsx";
import { LoadError, PageLoading } from "../../components/states.tsx";
import { useLocale } from "../../i18n/useLocale.ts";
import { formatDateTime } from "../../lib/format.ts";
import { useTRPC } from "../../trpc.ts";
import { CrmForm } from "./CrmForm.tsx";
import { DeliveryLog } from "./DeliveryLog.tsx";
import { SecretOnce } from "./SecretOnce.tsx";
import { TestButton } from "./TestButton.tsx";
import "./crm.css";

/**
 * The CRM webhook: owners set the address and see a new secret once; the rest of the team sees
 * the settings read-only. Everyone may send a test and read the delivery log.
 */
export function CrmPanel({ exhibitorId, isOwner }: { exhibitorId: string; isOwner: boolean }) {
  const { t } = useTranslation("leads");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const webhook = useQuery(trpc.crm.get.queryOptions({ exhibitorId }));
  const [secret, setSecret] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [confirming, setConfirming] = useState<"rotate" | "remove" | null>(null);
  const key = trpc.crm.get.queryKey({ exhibitorId });

  const applySaved = (saved: CrmWebhook & { secret: string | null }, message: string) => {
    const { secret: shown, ...rest } = saved;
    queryClient.setQueryData(key, rest);
    if (shown) setSecret(shown);
    setAnnouncement(message);
  };
  const rotate = useMutation(
    trpc.crm.rotateSecret.mutationOptions({
      onSuccess: (saved) => {
        applySaved(saved, "");
        setConfirming(null);
      },
    }),
  );
  const remove = useMutation(
    trpc.crm.remove.mutationOptions({
      onSuccess: () => {
        queryClient.setQueryData(key, null);
        setSecret(null);
        setConfirming(null);
        setAnnouncement(t("crm.removed"));
      },
    }),
  );

  return (
    <Panel titleId="crm-title" title={t("crm.title")} lead={t("crm.lead")} className="crm">
      {webhook.isError && webhook.data === undefined ? (
        <LoadError onRetry={() => void webhook.refetch()} />
      ) : webhook.data === undefined ? (
        <PageLoading />
      ) : (
        <>
          {secret ? <SecretOnce secret={secret} onDone={() => setSecret(null)} /> : null}
          {isOwner ? (
            <CrmForm
              exhibitorId={exhibitorId}
              webhook={webhook.data}
              onSaved={(saved) => applySaved(saved, t("crm.saved"))}
            />
          ) : (
            <ReadOnlyWebhook webhook={webhook.data} />
          )}
          {webhook.data ? (
            <div className="crm__actions">
              <TestButton exhibitorId={exhibitorId} />
              {isOwner ? (
                <>
                  <button
                    type="button"
                    className="button button--secondary button--sm"
                    onClick={() => {
                      rotate.reset();
                      setConfirming("rotate");
                    }}
                  >
                    {t("crm.rotate")}
                  </button>
                  <button
                    type="button"
                    className="button button--ghost button--sm button--danger"
                    onClick={() => {
                      remove.reset();
                      setConfirming("remove");
                    }}
                  >
                    {t("crm.remove")}
                  </button>
                </>
              ) : null}
            </div>
          ) : null}
          <DeliveryLog exhibitorId={exhibitorId} />
        </>
      )}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      <ConfirmDialog
        open={confirming === "rotate"}
        title={t("crm.rotateTitle")}
        text={t("crm.rotateText")}
        confirmLabel={t("crm.rotate")}
        action={rotate}
        onConfirm={() => rotate.mutate({ exhibitorId })}
        onClose={() => setConfirming(null)}
      />
      <ConfirmDialog
        open={confirming === "remove"}
        title={t("crm.removeTitle")}
        text={t("crm.removeText")}
        confirmLabel={t("crm.remove")}
        action={remove}
        onConfirm={() => remove.mutate({ exhibitorId })}
        onClose={() => setConfirming(null)}
      />
    </Panel>
  );
}

/** What staff see: the address, whether it is on, and the secret's last characters. */
function ReadOnlyWebhook({ webhook }: { webhook: CrmWebhook | null }) {
  const { t } = useTranslation("leads");
  const locale = useLocale();
  return (
    <>
      <p className="notice notice--info">{t("crm.ownerOnly")}</p>
      {webhook ? (
        <dl className="crm-facts">
          <div>
            <dt>{t("crm.url")}</dt>
            <dd className="crm-facts__url">{webhook.url}</dd>
          </div>
          <div>
            <dt>{t("crm.state")}</dt>
            <dd>{webhook.enabled ? t("crm.on") : t("crm.off")}</dd>
          </div>
          <div>
            <dt>{t("crm.secret")}</dt>
            <dd className="crm-facts__code">{webhook.secretHint}</dd>
          </div>
          <div>
            <dt>{t("crm.updatedLabel")}</dt>
            <dd>{formatDateTime(webhook.updatedAt, locale)}</dd>
          </div>
        </dl>
      ) : (
        <p className="empty-note">{t("crm.notConfigured")}</p>
      )}
    </>
  );
}
