import {
  chatBanInput,
  chatDeleteInput,
  chatHistoryInput,
  chatHistorySchema,
  chatMessageSchema,
  chatMuteInput,
  chatSendInput,
} from "@pavilion/schema";
import { z } from "zod";
import { banFromChat, muteInChat, unbanFromChat } from "../services/chat/bans.ts";
import { deleteChatMessage } from "../services/chat/delete.ts";
import { chatHistory } from "../services/chat/history.ts";
import { sendChatMessage } from "../services/chat/send.ts";
import { router, signedInProcedure } from "../trpc.ts";

const ok = z.object({ ok: z.literal(true) });

/**
 * The chat of a booth or an event: the API stores every message, then LiveKit delivers it to the
 * place's room. Moderators are the booth's staff and organisers; at an event, its hosts and organisers.
 */
export const chatRouter = router({
  /** A page of the chat, oldest first, and whether the caller moderates it or is banned or muted. */
  history: signedInProcedure
    .input(chatHistoryInput)
    .output(chatHistorySchema)
    .query(({ ctx, input }) => chatHistory(ctx.services.db, ctx.user, input, ctx.services.now())),

  /** Sends a message to the chat (not when banned or muted; rate-limited); returns it as stored. */
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

  /** Deletes a message for everyone (moderators). */
  delete: signedInProcedure
    .input(chatDeleteInput)
    .output(ok)
    .mutation(async ({ ctx, input }) => {
      const deps = { db: ctx.services.db, livekit: ctx.services.livekit, now: ctx.services.now() };
      await deleteChatMessage(deps, ctx.user, input);
      return { ok: true as const };
    }),

  /** Bans a person from writing in the chat until lifted (moderators). */
  ban: signedInProcedure
    .input(chatBanInput)
    .output(ok)
    .mutation(async ({ ctx, input }) => {
      await banFromChat(ctx.services.db, ctx.user, input, ctx.services.now());
      return { ok: true as const };
    }),

  /** Mutes a person in the chat for some minutes (moderators). */
  mute: signedInProcedure
    .input(chatMuteInput)
    .output(ok)
    .mutation(async ({ ctx, input }) => {
      await muteInChat(ctx.services.db, ctx.user, input, ctx.services.now());
      return { ok: true as const };
    }),

  /** Lets a banned or muted person write in the chat again (moderators). */
  unban: signedInProcedure
    .input(chatBanInput)
    .output(ok)
    .mutation(async ({ ctx, input }) => {
      await unbanFromChat(ctx.services.db, ctx.user, input);
      return { ok: true as const };
    }),
});
