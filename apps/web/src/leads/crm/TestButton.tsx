import type { WebhookDelivery } from "@pavilion/schema";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { errorMessage } from "../../cabinet/forms/messages.ts";
import { Icon } from "../../components/Icon.tsx";
import type { Translate } from "../../lib/errors.ts";
import { useTRPC } from "../../trpc.ts";

/** "Send test" and what came of it, said aloud. */
export function TestButton({ exhibitorId }: { exhibitorId: string }) {
  const { t } = useTranslation("leads");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const send = useMutation(
    trpc.crm.sendTest.mutationOptions({
      onSettled: () =>
        void queryClient.invalidateQueries({ queryKey: trpc.crm.deliveries.queryKey({ exhibitorId }) }),
    }),
  );
  return (
    <div className="crm-test">
      <button
        type="button"
        className="button button--secondary button--sm"
        onClick={() => send.mutate({ exhibitorId })}
        disabled={send.isPending}
        aria-busy={send.isPending || undefined}
      >
        {send.isPending ? <span className="spinner" aria-hidden="true" /> : null}
        {send.isPending ? t("crm.sending") : t("crm.sendTest")}
      </button>
      <div aria-live="polite" className="crm-test__result">
        {send.data ? <TestResult delivery={send.data} /> : null}
        {send.error ? (
          <p className="crm-test__line crm-test__line--bad">
            <Icon name="alert" size={16} />
            {errorMessage(send.error, t as unknown as Translate)}
          </p>
        ) : null}
      </div>
    </div>
  );
}

function TestResult({ delivery }: { delivery: WebhookDelivery }) {
  const { t } = useTranslation("leads");
  if (delivery.state === "delivered") {
    return (
      <p className="crm-test__line crm-test__line--ok" data-testid="crm-test-result">
        <Icon name="check" size={16} />
        {t("crm.testDelivered", { status: delivery.lastStatus ?? "—", ms: delivery.lastDurationMs ?? "—" })}
      </p>
    );
  }
  if (delivery.lastError || delivery.lastStatus) {
    return (
      <p className="crm-test__line crm-test__line--bad" data-testid="crm-test-result">
        <Icon name="alert" size={16} />
        {t("crm.testFailed", { error: delivery.lastError ?? `HTTP ${delivery.lastStatus}` })}
      </p>
    );
  }
  return (
    <p className="crm-test__line" data-testid="crm-test-result">
      {t("crm.testPending")}
    </p>
  );
}
