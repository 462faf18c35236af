import {
  crmWebhookSavedSchema,
  crmWebhookSchema,
  exhibitorScope,
  saveCrmWebhookInput,
  webhookDeliverySchema,
} from "@pavilion/schema";
import { z } from "zod";
import { memberProcedure, ownerProcedure, router } from "../trpc.ts";

const notYet = (): never => {
  throw new Error("not implemented yet");
};

/**
 * The exhibitor's CRM webhook (issue 7): owners set the address and see the secret once; the team
 * sees the delivery log and may send a test.
 */
export const crmRouter = router({
  get: memberProcedure.input(exhibitorScope).output(crmWebhookSchema.nullable()).query(notYet),
  save: ownerProcedure.input(saveCrmWebhookInput).output(crmWebhookSavedSchema).mutation(notYet),
  rotateSecret: ownerProcedure.input(exhibitorScope).output(crmWebhookSavedSchema).mutation(notYet),
  remove: ownerProcedure.input(exhibitorScope).output(z.void()).mutation(notYet),
  sendTest: memberProcedure.input(exhibitorScope).output(webhookDeliverySchema).mutation(notYet),
  deliveries: memberProcedure.input(exhibitorScope).output(z.array(webhookDeliverySchema)).query(notYet),
});
