import type { Registrant } from "@pavilion/schema";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Dialog } from "../cabinet/Dialog.tsx";
import { useLocale } from "../i18n/useLocale.ts";
import { RegistrationForm } from "../programme/registration/RegistrationForm.tsx";
import { personName } from "./rowState.ts";

/**
 * "Register a person (phone)": the visitors' registration form in staff mode, in a dialog.
 * The registration is accepted at once; the dialog closes and the list reloads with it.
 */
export function PhoneRegistration({ eventId, onDone }: { eventId: string; onDone: (text: string) => void }) {
  const { t } = useTranslation("registrants");
  const locale = useLocale();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button button--primary" onClick={() => setOpen(true)}>
        {t("phone.open")}
      </button>
      <Dialog open={open} title={t("phone.title")} size="large" onClose={() => setOpen(false)}>
        <p className="dialog__text">{t("phone.lead")}</p>
        <RegistrationForm
          eventId={eventId}
          mode="staff"
          onDone={(result) => {
            // Staff mode always produces a registrant row (the visitor's own mode does not come here).
            const registrant = result as Registrant;
            setOpen(false);
            onDone(t("phone.done", { name: personName(registrant, locale) }));
          }}
        />
      </Dialog>
    </>
  );
}
