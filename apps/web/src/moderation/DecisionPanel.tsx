import { rejectInput } from "@pavilion/schema";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { TextAreaField } from "../cabinet/forms/fields.tsx";
import { errorMessage } from "../cabinet/forms/messages.ts";
import { useCabinetForm } from "../cabinet/forms/useCabinetForm.ts";
import { FormAlert } from "../components/forms.tsx";
import { Icon } from "../components/Icon.tsx";
import type { Translate } from "../lib/errors.ts";
import { validate } from "../lib/validate.ts";
import { useTRPC } from "../trpc.ts";
import type { Decided } from "./decided.ts";

const fields = ["reason"] as const;

/** Approve, or send back with a reason the exhibitor reads; then back to the queue, which confirms it. */
export function DecisionPanel({ exhibitorId, name }: { exhibitorId: string; name: string }) {
  const { t } = useTranslation("moderation");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [reason, setReason] = useState("");
  const form = useCabinetForm(fields, { names: "moderation:fieldNames" });

  function done(decision: Decided["decision"]) {
    void queryClient.invalidateQueries({ queryKey: trpc.moderation.pathKey() });
    void queryClient.invalidateQueries({ queryKey: trpc.booth.pathKey() });
    const state: { decided: Decided } = { decided: { decision, name } };
    void navigate("/admin/moderation", { state });
  }

  const approve = useMutation(trpc.moderation.approve.mutationOptions({ onSuccess: () => done("approved") }));
  const reject = useMutation(
    trpc.moderation.reject.mutationOptions({ onSuccess: () => done("rejected"), onError: form.fail }),
  );
  const busy = approve.isPending || reject.isPending || approve.isSuccess || reject.isSuccess;

  function submitReject(event: FormEvent) {
    event.preventDefault();
    const input = { exhibitorId, reason };
    const problem = validate(rejectInput, input);
    if (problem) return form.report(problem);
    form.clear();
    reject.mutate(input);
  }

  return (
    <section className="panel decision" aria-labelledby="decision-title">
      <h2 className="panel__title" id="decision-title">
        {t("review.decisionTitle")}
      </h2>
      <div className="decision__approve">
        <button
          type="button"
          className="button button--approve button--block"
          onClick={() => approve.mutate({ exhibitorId })}
          disabled={busy}
          aria-busy={approve.isPending || undefined}
        >
          {approve.isPending ? <span className="spinner" aria-hidden="true" /> : <Icon name="check" />}
          {t("review.approve")}
        </button>
        <p className="field__hint">{t("review.approveHint")}</p>
        {approve.isError ? (
          <p className="field__error" role="alert">
            <Icon name="alert" size={16} />
            <span>{errorMessage(approve.error, t as unknown as Translate)}</span>
          </p>
        ) : null}
      </div>
      <form className="form decision__reject" noValidate onSubmit={submitReject} ref={form.formRef}>
        <FormAlert message={form.messages.form} ref={form.alertRef} />
        <TextAreaField
          name="reason"
          label={t("review.reason")}
          hint={t("review.reasonHint")}
          value={reason}
          onChange={(value) => {
            setReason(value);
            form.clearField("reason");
          }}
          error={form.messages.fields.reason}
          maxLength={1000}
          rows={4}
          required
        />
        <button
          type="submit"
          className="button button--danger-outline button--block"
          disabled={busy}
          aria-busy={reject.isPending || undefined}
        >
          {reject.isPending ? <span className="spinner" aria-hidden="true" /> : null}
          {t("review.reject")}
        </button>
      </form>
      <span className="visually-hidden" role="status">
        {approve.isPending ? t("review.approving") : reject.isPending ? t("review.rejecting") : ""}
      </span>
    </section>
  );
}
