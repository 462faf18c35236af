/** The registration form's values: where they start from, and how the API's field errors map onto them. */
import { type RegistrationFormState, registrationFieldNames } from "@pavilion/schema";
import type { AppErrorInfo } from "../../lib/errors.ts";

/** The form's fields, in the order it shows them (SEEDS.md 001's mandatory fields). */
export const registrationFields = registrationFieldNames;
export type RegistrationField = (typeof registrationFields)[number];
export type RegistrationValues = Record<RegistrationField, string>;

export const emptyValues: RegistrationValues = {
  lastName: "",
  firstName: "",
  company: "",
  position: "",
  email: "",
  phone: "",
  heardFrom: "",
};

/**
 * What the form starts with: the caller's last submission for this event (to register again
 * after a rejection without retyping), else the prefill from their account; the "heard from"
 * choice only when it is still on the list.
 */
export function initialValues(
  state: Pick<RegistrationFormState, "prefill" | "mine" | "heardFromOptions">,
  mode: "self" | "staff",
): RegistrationValues {
  if (mode === "staff") return emptyValues;
  const source = state.mine?.form ?? { ...state.prefill, heardFrom: "" };
  const heardFrom = state.heardFromOptions.some((option) => option.id === source.heardFrom)
    ? source.heardFrom
    : "";
  return {
    lastName: source.lastName,
    firstName: source.firstName,
    company: source.company,
    position: source.position,
    email: source.email,
    phone: source.phone,
    heardFrom,
  };
}

/**
 * The API names fields by their path in the input ("form.email"); the form names them "email".
 * An unknown "heard from" choice is that field's problem, so it shows under it.
 */
export function renameRegistrationError(error: AppErrorInfo): AppErrorInfo {
  const fields: NonNullable<AppErrorInfo["fields"]> = {};
  for (const [path, fieldError] of Object.entries(error.fields ?? {})) {
    fields[path.startsWith("form.") ? path.slice("form.".length) : path] = fieldError;
  }
  if (error.code === "registration.heardFromUnknown") fields.heardFrom ??= { code: "invalidChoice" };
  return { ...error, fields };
}
