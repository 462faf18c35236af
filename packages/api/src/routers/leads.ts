import {
  addLeadNoteInput,
  exhibitorScope,
  leadCardSchema,
  leadConversionSchema,
  leadScope,
  leadsListInput,
  leadsPageSchema,
  updateLeadInput,
} from "@pavilion/schema";
import type { Context } from "../context.ts";
import { catchUpAnalytics } from "../services/analytics/rollup.ts";
import { leadCard } from "../services/leads/card.ts";
import { leadConversion } from "../services/leads/conversion.ts";
import { findLeads } from "../services/leads/list.ts";
import { addLeadNote } from "../services/leads/notes.ts";
import { readingLeads } from "../services/leads/scope.ts";
import { updateLead } from "../services/leads/update.ts";
import { memberProcedure, router } from "../trpc.ts";

/** The card as it stands now (after the rollup caught up); NotFoundError for another exhibitor's lead. */
async function cardNow(ctx: Context, input: { exhibitorId: string; leadId: string }) {
  const now = ctx.services.now();
  const leads = await readingLeads(ctx.services.db, input.exhibitorId, now);
  return leadCard(ctx.services.db, leads, input.leadId, now);
}

/**
 * An exhibitor's leads (issue 7): its team (owners and staff) sees them, filters and sorts them,
 * opens a card with the warmth explained, sets status and assignee, writes notes.
 */
export const leadsRouter = router({
  list: memberProcedure
    .input(leadsListInput)
    .output(leadsPageSchema)
    .query(async ({ ctx, input }) => {
      const now = ctx.services.now();
      const leads = await readingLeads(ctx.services.db, input.exhibitorId, now);
      return findLeads(ctx.services.db, leads, input, now);
    }),

  card: memberProcedure
    .input(leadScope)
    .output(leadCardSchema)
    .query(({ ctx, input }) => cardNow(ctx, input)),

  update: memberProcedure
    .input(updateLeadInput)
    .output(leadCardSchema)
    .mutation(async ({ ctx, input }) => {
      const { exhibitorId, leadId, ...change } = input;
      await updateLead(ctx.services.db, exhibitorId, leadId, change, ctx.services.now());
      return cardNow(ctx, input);
    }),

  addNote: memberProcedure
    .input(addLeadNoteInput)
    .output(leadCardSchema)
    .mutation(async ({ ctx, input }) => {
      const { exhibitorId, leadId, body } = input;
      await addLeadNote(ctx.services.db, exhibitorId, leadId, ctx.user.id, body, ctx.services.now());
      return cardNow(ctx, input);
    }),

  conversion: memberProcedure
    .input(exhibitorScope)
    .output(leadConversionSchema)
    .query(async ({ ctx, input }) => {
      await catchUpAnalytics(ctx.services.db, ctx.services.now());
      return leadConversion(ctx.services.db, input.exhibitorId);
    }),
});
