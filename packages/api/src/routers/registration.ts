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
import type { Context } from "../context.ts";
import { currentExhibition } from "../services/exhibition/overview.ts";
import { cancelRegistration } from "../services/registration/cancel.ts";
import { checkIn } from "../services/registration/check-in.ts";
import type { RegistrationDeps } from "../services/registration/context.ts";
import { decideRegistration } from "../services/registration/decide.ts";
import { registrationFormState } from "../services/registration/form-state.ts";
import { activeHeardFromOptions, saveHeardFromOptions } from "../services/registration/heard-from.ts";
import { registerByStaff, registerSelf } from "../services/registration/register.ts";
import { listRegistrants } from "../services/registration/registrants.ts";
import { organiserProcedure, publicProcedure, router, signedInProcedure } from "../trpc.ts";

function deps(ctx: Context): RegistrationDeps {
  const { db, mailer, config, now } = ctx.services;
  return { db, mailer, now: now(), publicUrl: config.publicUrl, locale: ctx.locale };
}

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
    .query(({ ctx, input }) =>
      registrationFormState(ctx.services.db, ctx.user, input.eventId, ctx.services.now()),
    ),

  /** Registers the signed-in caller; returns the result the page shows at once. */
  register: signedInProcedure
    .input(registerInput)
    .output(myRegistrationSchema)
    .mutation(({ ctx, input }) => registerSelf(deps(ctx), ctx.user, input)),

  /** The event's staff (or an organiser) register a person who called by phone. */
  registerByStaff: signedInProcedure
    .input(registerByStaffInput)
    .output(registrantSchema)
    .mutation(({ ctx, input }) => registerByStaff(deps(ctx), ctx.user, input)),

  /** The registrant (their own) or the event's staff cancel a registration; the seat reopens. */
  cancel: signedInProcedure
    .input(registrationIdInput)
    .output(registrationFormStateSchema)
    .mutation(async ({ ctx, input }) => {
      const { eventId } = await cancelRegistration(deps(ctx), ctx.user, input.registrationId);
      return registrationFormState(ctx.services.db, ctx.user, eventId, ctx.services.now());
    }),

  /** Accepts or rejects a pending application (event's staff, organisers), within the rules. */
  decide: signedInProcedure
    .input(decideRegistrationInput)
    .output(registrantSchema)
    .mutation(({ ctx, input }) => decideRegistration(deps(ctx), ctx.user, input)),

  /** Marks a registrant present (or not) at the registration desk. */
  checkIn: signedInProcedure
    .input(checkInInput)
    .output(registrantSchema)
    .mutation(({ ctx, input }) => checkIn(deps(ctx), ctx.user, input)),

  /** The event's registrants and turnout, for its staff and organisers. */
  registrants: signedInProcedure
    .input(registrantsInput)
    .output(registrantsSchema)
    .query(({ ctx, input }) => listRegistrants(deps(ctx), ctx.user, input)),

  /** The exhibition's "how did you hear about it" choices (organisers edit them). */
  heardFromOptions: organiserProcedure.output(z.array(heardFromOptionSchema)).query(async ({ ctx }) => {
    const exhibition = await currentExhibition(ctx.services.db);
    return activeHeardFromOptions(ctx.services.db, exhibition.id);
  }),

  /** Replaces the choices: new ones added, renamed ones kept by id, missing ones archived. */
  saveHeardFromOptions: organiserProcedure
    .input(heardFromOptionsInput)
    .output(z.array(heardFromOptionSchema))
    .mutation(async ({ ctx, input }) => {
      const exhibition = await currentExhibition(ctx.services.db);
      return saveHeardFromOptions(ctx.services.db, exhibition.id, input.options, ctx.services.now());
    }),
});
