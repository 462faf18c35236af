/** The business card a visitor leaves at a booth, as the form holds it. */

/** The form's fields, in the order they are shown (and focused after a failed send). */
export const cardFields = ["name", "company", "position", "email", "phone", "message", "consent"] as const;

export interface CardValues {
  name: string;
  company: string;
  position: string;
  email: string;
  phone: string;
  message: string;
  /** Asked again every time: consent is given for what is sent now. */
  consent: boolean;
}

/** A card sent before: the same fields without the consent. */
type SentCard = Omit<CardValues, "consent">;

/**
 * What the form starts with: the card sent to this booth before, else the visitor's
 * own name and e-mail from their account; consent is never ticked in advance.
 */
export function initialCardValues(
  sent: SentCard | null | undefined,
  user: { name: string; email: string } | null | undefined,
): CardValues {
  if (sent) {
    const { name, company, position, email, phone, message } = sent;
    return { name, company, position, email, phone, message, consent: false };
  }
  return {
    name: user?.name ?? "",
    company: "",
    position: "",
    email: user?.email ?? "",
    phone: "",
    message: "",
    consent: false,
  };
}
