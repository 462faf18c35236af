import {
  checkInInput,
  decideRegistrationInput,
  heardFromOptionSchema,
  heardFromOptionsInput,
  myRegistrationSchema,
  registerByStaffInput,
  registerInput,
  registrantSchema,
  registrantsInput,
  registrantsSchema,
  registrationFormStateInput,
  registrationFormStateSchema,
  registrationIdInput,
} from "@pavilion/schema";
import { z } from "zod";
import { organiserProcedure, publicProcedure, router, signedInProcedure } from "../trpc.ts";

const notYet = (): never => {
  throw new Error("not implemented yet");
};

/**
 * Registration for events (SEEDS.md 001): the form's state, registering (the result at once,
 * a confirmation e-mail with the .ics), cancelling, and for the event's staff and organisers:
 * phone registrations, decisions on pre-moderated applications, check-in and the registrant list.
 */
export const registrationRouter = router({
  /** Whether the form is open (and why not), its choices, the caller's registration and prefill. */
  formState: publicProcedure
    .input(registrationFormStateInput)
    .output(registrationFormStateSchema)
    .query(notYet),

  /** Registers the signed-in caller; returns the result the page shows at once. */
  register: signedInProcedure.input(registerInput).output(myRegistrationSchema).mutation(notYet),

  /** The event's staff (or an organiser) register a person who called by phone. */
  registerByStaff: signedInProcedure.input(registerByStaffInput).output(registrantSchema).mutation(notYet),

  /** The registrant (their own) or the event's staff cancel a registration; the seat reopens. */
  cancel: signedInProcedure.input(registrationIdInput).output(registrationFormStateSchema).mutation(notYet),

  /** Accepts or rejects a pending application (event's staff, organisers), within the rules. */
  decide: signedInProcedure.input(decideRegistrationInput).output(registrantSchema).mutation(notYet),

  /** Marks a registrant present (or not) at the registration desk. */
  checkIn: signedInProcedure.input(checkInInput).output(registrantSchema).mutation(notYet),

  /** The event's registrants and turnout, for its staff and organisers. */
  registrants: signedInProcedure.input(registrantsInput).output(registrantsSchema).query(notYet),

  /** The exhibition's "how did you hear about it" choices (organisers edit them). */
  heardFromOptions: organiserProcedure.output(z.array(heardFromOptionSchema)).query(notYet),

  /** Replaces the choices: new ones added, renamed ones kept by id, missing ones archived. */
  saveHeardFromOptions: organiserProcedure
    .input(heardFromOptionsInput)
    .output(z.array(heardFromOptionSchema))
    .mutation(notYet),
});
