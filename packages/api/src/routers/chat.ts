import {
  chatBanInput,
  chatDeleteInput,
  chatHistoryInput,
  chatHistorySchema,
  chatMessageSchema,
  chatSendInput,
} from "@pavilion/schema";
import { z } from "zod";
import { banFromChat, unbanFromChat } from "../services/chat/bans.ts";
import { deleteChatMessage } from "../services/chat/delete.ts";
import { chatHistory } from "../services/chat/history.ts";
import { sendChatMessage } from "../services/chat/send.ts";
import { router, signedInProcedure } from "../trpc.ts";

const ok = z.object({ ok: z.literal(true) });

/** A booth's chat: the API stores every message, then LiveKit delivers it to the booth's room. */
export const chatRouter = router({
  /** A page of the booth's chat, oldest first, and whether the caller moderates it or is banned. */
  history: signedInProcedure
    .input(chatHistoryInput)
    .output(chatHistorySchema)
    .query(({ ctx, input }) => chatHistory(ctx.services.db, ctx.user, input)),

  /** Sends a message to the booth's chat (not when banned; rate-limited); returns it as stored. */
  send: signedInProcedure
    .input(chatSendInput)
    .output(chatMessageSchema)
    .mutation(({ ctx, input }) =>
      sendChatMessage(
        { db: ctx.services.db, livekit: ctx.services.livekit, now: ctx.services.now() },
        ctx.user,
        input,
      ),
    ),

  /** Deletes a message for everyone (staff of the booth and organisers). */
  delete: signedInProcedure
    .input(chatDeleteInput)
    .output(ok)
    .mutation(async ({ ctx, input }) => {
      const deps = { db: ctx.services.db, livekit: ctx.services.livekit, now: ctx.services.now() };
      await deleteChatMessage(deps, ctx.user, input);
      return { ok: true as const };
    }),

  /** Bans a person from writing in the booth's chat (staff of the booth and organisers). */
  ban: signedInProcedure
    .input(chatBanInput)
    .output(ok)
    .mutation(async ({ ctx, input }) => {
      await banFromChat(ctx.services.db, ctx.user, input, ctx.services.now());
      return { ok: true as const };
    }),

  /** Lets a banned person write in the booth's chat again (staff of the booth and organisers). */
  unban: signedInProcedure
    .input(chatBanInput)
    .output(ok)
    .mutation(async ({ ctx, input }) => {
      await unbanFromChat(ctx.services.db, ctx.user, input);
      return { ok: true as const };
    }),
});
