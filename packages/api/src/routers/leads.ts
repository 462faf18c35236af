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
import { memberProcedure, router } from "../trpc.ts";

const notYet = (): never => {
  throw new Error("not implemented yet");
};

/**
 * An exhibitor's leads (issue 7): its team (owners and staff) sees them, filters and sorts them,
 * opens a card with the warmth explained, sets status and assignee, writes notes.
 */
export const leadsRouter = router({
  list: memberProcedure.input(leadsListInput).output(leadsPageSchema).query(notYet),
  card: memberProcedure.input(leadScope).output(leadCardSchema).query(notYet),
  update: memberProcedure.input(updateLeadInput).output(leadCardSchema).mutation(notYet),
  addNote: memberProcedure.input(addLeadNoteInput).output(leadCardSchema).mutation(notYet),
  conversion: memberProcedure.input(exhibitorScope).output(leadConversionSchema).query(notYet),
});
