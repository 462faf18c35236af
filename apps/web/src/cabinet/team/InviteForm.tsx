import { inviteInput, type Team } from "@pavilion/schema";
import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { FormAlert, SubmitButton } from "../../components/forms.tsx";
import { validate } from "../../lib/validate.ts";
import { useTRPC } from "../../trpc.ts";
import { InputField, SelectField } from "../forms/fields.tsx";
import { useCabinetForm } from "../forms/useCabinetForm.ts";

type Role = "owner" | "staff";
const fields = ["email", "role"] as const;

/** An owner invites a colleague by e-mail, as owner or staff. */
export function InviteForm({
  exhibitorId,
  onInvited,
}: {
  exhibitorId: string;
  onInvited: (team: Team) => void;
}) {
  const { t } = useTranslation("cabinet");
  const trpc = useTRPC();
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<Role>("staff");
  const [sentTo, setSentTo] = useState<string | null>(null);
  const form = useCabinetForm(fields);
  const invite = useMutation(
    trpc.cabinet.invite.mutationOptions({
      onSuccess: (team, input) => {
        setSentTo(input.email);
        setEmail("");
        onInvited(team);
      },
      onError: form.fail,
    }),
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    setSentTo(null);
    const input = { exhibitorId, email, role };
    const problem = validate(inviteInput, input);
    if (problem) return form.report(problem);
    form.clear();
    invite.mutate(input);
  }

  return (
    <form className="form invite-form" noValidate onSubmit={submit} ref={form.formRef}>
      <FormAlert message={form.messages.form} ref={form.alertRef} />
      <InputField
        name="email"
        type="email"
        label={t("team.inviteEmail")}
        value={email}
        onChange={(value) => {
          setEmail(value);
          form.clearField("email");
        }}
        error={form.messages.fields.email}
        autoComplete="off"
        required
      />
      <SelectField
        name="role"
        label={t("team.inviteRole")}
        hint={t(`roleHints.${role}`)}
        value={role}
        onChange={(value) => setRole(value === "owner" ? "owner" : "staff")}
        options={(["staff", "owner"] as const).map((each) => ({ value: each, label: t(`roles.${each}`) }))}
        error={form.messages.fields.role}
      />
      <SubmitButton pending={invite.isPending} busyLabel={t("team.inviteBusy")}>
        {t("team.inviteSubmit")}
      </SubmitButton>
      <p className={sentTo ? "form-success" : "visually-hidden"} role="status">
        {sentTo ? t("team.invited", { email: sentTo }) : ""}
      </p>
    </form>
  );
}
