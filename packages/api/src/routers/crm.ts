import {
  crmWebhookSavedSchema,
  crmWebhookSchema,
  exhibitorScope,
  saveCrmWebhookInput,
  webhookDeliverySchema,
} from "@pavilion/schema";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { deliveryLog, sendTestDelivery } from "../services/crm/deliveries.ts";
import { webhookUrlProblem } from "../services/crm/url-policy.ts";
import { crmWebhookOf, removeCrmWebhook, rotateCrmSecret, saveCrmWebhook } from "../services/crm/webhook.ts";
import { memberProcedure, ownerProcedure, router } from "../trpc.ts";

/**
 * The exhibitor's CRM webhook (issue 7): owners set the address and see the secret once; the team
 * sees the delivery log and may send a test. Members of that exhibitor only (memberProcedure).
 */
export const crmRouter = router({
  /** The address and switch; of the secret only its last four characters. */
  get: memberProcedure
    .input(exhibitorScope)
    .output(crmWebhookSchema.nullable())
    .query(({ ctx, input }) => crmWebhookOf(ctx.services.db, input.exhibitorId)),

  /** Saves the address; the first save answers the new secret, in full, this once. */
  save: ownerProcedure
    .input(saveCrmWebhookInput)
    .output(crmWebhookSavedSchema)
    .mutation(({ ctx, input }) => {
      refuseUnsafeUrl(input.url, ctx.services.config.publicUrl);
      return saveCrmWebhook(ctx.services.db, input, ctx.services.now());
    }),

  /** A new secret, answered in full this once; the old one stops working at once. */
  rotateSecret: ownerProcedure
    .input(exhibitorScope)
    .output(crmWebhookSavedSchema)
    .mutation(({ ctx, input }) => rotateCrmSecret(ctx.services.db, input.exhibitorId, ctx.services.now())),

  remove: ownerProcedure
    .input(exhibitorScope)
    .output(z.void())
    .mutation(({ ctx, input }) => removeCrmWebhook(ctx.services.db, input.exhibitorId)),

  /** Posts a sample payload now and answers how it went (status, error, time). */
  sendTest: memberProcedure
    .input(exhibitorScope)
    .output(webhookDeliverySchema)
    .mutation(({ ctx, input }) => sendTestDelivery(ctx.services.db, input.exhibitorId, ctx.services.now)),

  /** The latest deliveries, newest first. */
  deliveries: memberProcedure
    .input(exhibitorScope)
    .output(z.array(webhookDeliverySchema))
    .query(({ ctx, input }) => deliveryLog(ctx.services.db, input.exhibitorId)),
});

/**
 * Refuses an address the server must not post to (see url-policy.ts: link-local and metadata
 * addresses, the app itself, anything but http(s)) as an invalid "url" field, like zod would.
 * Here rather than in the schema because "the app itself" depends on the configured public URL.
 */
function refuseUnsafeUrl(url: string, publicUrl: string): void {
  const problem = webhookUrlProblem(url, publicUrl);
  if (problem === null) return;
  const message = `Refused webhook address (${problem})`;
  // Shaped like a failed input parse (an Error carrying zod issues), so the client sees a field error.
  const issues: z.core.$ZodIssue[] = [{ code: "custom", path: ["url"], message, input: url }];
  throw new TRPCError({ code: "BAD_REQUEST", cause: Object.assign(new Error(message), { issues }) });
}
