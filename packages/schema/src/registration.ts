/**
 * Registration for events as SEEDS.md 001 requires: our own form with the mandatory fields,
 * the result shown at once (accepted, waiting for approval, rejected with its reason),
 * pre-moderation with deadlines, capacity, registration by staff for a person who called,
 * check-in at the desk and the event's turnout.
 */
import { z } from "zod";
import { idSchema } from "./common.ts";

/** The longest value of any text field on the form, in characters. */
export const REGISTRATION_FIELD_MAX_LENGTH = 200;

const formText = z.string().trim().min(1).max(REGISTRATION_FIELD_MAX_LENGTH);

/**
 * A phone number as people type it: "+7 (912) 345-67-89", "8 912 345 67 89", "+44 20 7946 0958 ext. 12".
 * Accepted when it holds 5 to 20 digits and nothing but digits, spaces, + ( ) - . / and an extension.
 */
export const phoneSchema = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .refine((value) => {
    const main = value.replace(/\s*(ext\.?|доб\.?|x)\s*\d{1,6}$/i, "");
    const digits = main.replace(/\D/g, "").length;
    return /^\+?[\d\s()./-]+$/.test(main) && digits >= 5 && digits <= 20;
  }, "invalid");

/** E-mail as typed: trimmed, case kept for display; compared lower-cased. */
export const registrationEmailSchema = z.string().trim().min(1).max(254).pipe(z.email());

/** The mandatory fields of SEEDS.md 001, in the order the form shows them. */
export const registrationFormSchema = z.object({
  lastName: formText,
  firstName: formText,
  company: formText,
  position: formText,
  email: registrationEmailSchema,
  phone: phoneSchema,
  /** One of the exhibition's "how did you hear about it" choices (its id). */
  heardFrom: idSchema,
});
export type RegistrationForm = z.infer<typeof registrationFormSchema>;
export const registrationFieldNames = [
  "lastName",
  "firstName",
  "company",
  "position",
  "email",
  "phone",
  "heardFrom",
] as const;

export const registrationStatusSchema = z.enum(["accepted", "pending", "rejected", "cancelled"]);
export type RegistrationStatus = z.infer<typeof registrationStatusSchema>;

/** Why the form is closed for everyone, when it is. */
export const registrationClosedReasonSchema = z.enum([
  /** capacity reached: "no seats left" */
  "full",
  /** the event has started or is over */
  "over",
  "cancelled",
  /** the event is not approved (published) yet */
  "notPublished",
]);
export type RegistrationClosedReason = z.infer<typeof registrationClosedReasonSchema>;

/** A person's own registration as the page shows it after submitting. */
export const myRegistrationSchema = z.object({
  id: z.string(),
  status: registrationStatusSchema,
  /** The organiser's or exhibitor's reason for a rejection. */
  reason: z.string().nullable(),
  /** For a pending application: the latest moment it will be decided. */
  decisionDueAt: z.string().nullable(),
  createdAt: z.string(),
  /**
   * What was submitted, so a person can register again after a failure without retyping. Plain
   * strings: a meeting's registration (services/meetings) holds only what the person ever gave.
   */
  form: z.object({
    lastName: z.string(),
    firstName: z.string(),
    company: z.string(),
    position: z.string(),
    email: z.string(),
    phone: z.string(),
    heardFrom: z.string(),
  }),
});
export type MyRegistration = z.infer<typeof myRegistrationSchema>;

export const heardFromOptionSchema = z.object({
  id: z.string(),
  label: z.object({ ru: z.string(), en: z.string() }),
});
export type HeardFromOption = z.infer<typeof heardFromOptionSchema>;

export const registrationFormStateInput = z.object({ eventId: idSchema });

/** Everything the registration form needs: whether it is open, its choices, the caller's registration. */
export const registrationFormStateSchema = z.object({
  eventId: z.string(),
  mode: z.enum(["open", "premoderated"]),
  /** null while registration is open. */
  closedReason: registrationClosedReasonSchema.nullable(),
  /** null when the event has no capacity limit. */
  capacity: z.number().int().nullable(),
  seatsLeft: z.number().int().nullable(),
  heardFromOptions: z.array(heardFromOptionSchema),
  /** The signed-in caller's latest registration for this event, if any. */
  mine: myRegistrationSchema.nullable(),
  /** Values to start the form with: the caller's last registration anywhere, or their account. */
  prefill: z.object({
    lastName: z.string(),
    firstName: z.string(),
    company: z.string(),
    position: z.string(),
    email: z.string(),
    phone: z.string(),
  }),
  /** The caller may register people by phone and decide applications (event's staff, organisers). */
  canManage: z.boolean(),
  /** The company hosting the event (null for the organisers' programme): whom contacts may go to. */
  host: z.object({ ru: z.string(), en: z.string() }).nullable(),
});
export type RegistrationFormState = z.infer<typeof registrationFormStateSchema>;

export const registerInput = z.object({
  eventId: idSchema,
  form: registrationFormSchema,
  /** For an exhibitor's event: the registrant agrees to share their contacts with that company. */
  shareContacts: z.boolean().default(false),
});
export type RegisterInput = z.input<typeof registerInput>;

/** Staff enter a registration for a person who called: accepted at once, capacity still holds. */
export const registerByStaffInput = registerInput.extend({ locale: z.enum(["ru", "en"]) });

export const registrationIdInput = z.object({ registrationId: idSchema });

export const REJECTION_REASON_MAX_LENGTH = 500;
export const decideRegistrationInput = z.discriminatedUnion("decision", [
  z.object({ registrationId: idSchema, decision: z.literal("accept") }),
  z.object({
    registrationId: idSchema,
    decision: z.literal("reject"),
    reason: z.string().trim().min(1).max(REJECTION_REASON_MAX_LENGTH),
  }),
]);
export type DecideRegistrationInput = z.infer<typeof decideRegistrationInput>;

export const checkInInput = z.object({ registrationId: idSchema, present: z.boolean() });

export const registrantsInput = z.object({
  eventId: idSchema,
  status: registrationStatusSchema.optional(),
  /** Matches name, company, e-mail or phone. */
  search: z.string().trim().max(100).optional(),
});

/** One registrant as the event's staff see them. */
export const registrantSchema = z.object({
  id: z.string(),
  lastName: z.string(),
  firstName: z.string(),
  company: z.string(),
  position: z.string(),
  email: z.string(),
  phone: z.string(),
  heardFrom: z.object({ ru: z.string(), en: z.string() }),
  locale: z.enum(["ru", "en"]),
  status: registrationStatusSchema,
  reason: z.string().nullable(),
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
  decisionDueAt: z.string().nullable(),
  /** Entered by staff (a phone registration): their name. */
  registeredBy: z.string().nullable(),
  /** Joined the webinar room. */
  attendedAt: z.string().nullable(),
  /** Marked present at the desk. */
  checkedInAt: z.string().nullable(),
  /** The latest moment a rejection is still allowed (null: no longer, or not pending). */
  rejectableUntil: z.string().nullable(),
});
export type Registrant = z.infer<typeof registrantSchema>;

/** Turnout: registered counts accepted and pending; attended counts joined or checked in. */
export const turnoutSchema = z.object({
  registered: z.number().int(),
  accepted: z.number().int(),
  pending: z.number().int(),
  rejected: z.number().int(),
  cancelled: z.number().int(),
  attended: z.number().int(),
  /** attended / accepted, 0..100, one decimal; null when nobody is accepted. */
  attendedPct: z.number().nullable(),
});
export type Turnout = z.infer<typeof turnoutSchema>;

export const registrantsSchema = z.object({
  event: z.object({
    id: z.string(),
    title: z.object({ ru: z.string(), en: z.string() }),
    startsAt: z.string(),
    endsAt: z.string(),
    timezone: z.string(),
    capacity: z.number().int().nullable(),
    mode: z.enum(["open", "premoderated"]),
  }),
  registrants: z.array(registrantSchema),
  turnout: turnoutSchema,
  /** Download links for the event's owner and organisers (xlsx and CSV). */
  exports: z.object({ xlsx: z.string(), csv: z.string() }),
});
export type Registrants = z.infer<typeof registrantsSchema>;

/** The organiser's list of "how did you hear about it" choices, in order; removed ones are archived. */
export const heardFromOptionsInput = z.object({
  options: z
    .array(
      z.object({
        /** Absent for a new choice. */
        id: idSchema.optional(),
        label: z.object({ ru: z.string().trim().min(1).max(100), en: z.string().trim().min(1).max(100) }),
      }),
    )
    .min(1)
    .max(30),
});
