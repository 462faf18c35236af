import { outboxListSchema } from "@pavilion/schema";
import { readOutbox } from "../services/mail/outbox.ts";
import { organiserProcedure, router } from "../trpc.ts";

export const adminRouter = router({
  /** The e-mail outbox: every letter the app wrote, readable when no SMTP server is configured. */
  outbox: organiserProcedure.output(outboxListSchema).query(({ ctx }) => readOutbox(ctx.services.db, 200)),
});
