/** The cabinet's team procedures (part of the cabinet router): members, invitations. */
import {
  exhibitorScope,
  inviteInput,
  invitePreviewSchema,
  inviteScope,
  inviteTokenInput,
  memberScope,
  setMemberRoleInput,
  teamSchema,
} from "@pavilion/schema";
import { z } from "zod";
import { acceptInvite, inviteToTeam, previewInvite, revokeInvite } from "../services/cabinet/invites.ts";
import { removeMember, setMemberRole, teamOf } from "../services/cabinet/team.ts";
import { memberProcedure, ownerProcedure, signedInProcedure } from "../trpc.ts";

export const cabinetTeamProcedures = {
  /** The company's owners and staff and its open invitations. */
  team: memberProcedure
    .input(exhibitorScope)
    .output(teamSchema)
    .query(({ ctx, input }) => teamOf(ctx.services.db, input.exhibitorId)),

  /** Mails an invitation link (replacing an open one to the same address); answers the team. */
  invite: ownerProcedure
    .input(inviteInput)
    .output(teamSchema)
    .mutation(async ({ ctx, input }) => {
      const { db, mailer, now, config } = ctx.services;
      const inviter = { id: ctx.user.id, name: ctx.user.name, locale: ctx.user.locale };
      await inviteToTeam(db, mailer, { ...input, inviter }, now(), { publicUrl: config.publicUrl });
      return teamOf(db, input.exhibitorId);
    }),

  revokeInvite: ownerProcedure
    .input(inviteScope)
    .output(teamSchema)
    .mutation(async ({ ctx, input }) => {
      await revokeInvite(ctx.services.db, input.exhibitorId, input.inviteId, ctx.services.now());
      return teamOf(ctx.services.db, input.exhibitorId);
    }),

  /** Makes a member an owner or staff (the company always keeps an owner). */
  setMemberRole: ownerProcedure
    .input(setMemberRoleInput)
    .output(teamSchema)
    .mutation(async ({ ctx, input }) => {
      await setMemberRole(ctx.services.db, input.exhibitorId, input.userId, input.role);
      return teamOf(ctx.services.db, input.exhibitorId);
    }),

  removeMember: ownerProcedure
    .input(memberScope)
    .output(teamSchema)
    .mutation(async ({ ctx, input }) => {
      await removeMember(ctx.services.db, input.exhibitorId, input.userId);
      return teamOf(ctx.services.db, input.exhibitorId);
    }),

  /** What an invitation link offers, before the signed-in person accepts it. */
  invitePreview: signedInProcedure
    .input(inviteTokenInput)
    .output(invitePreviewSchema)
    .query(({ ctx, input }) => previewInvite(ctx.services.db, input.token, ctx.services.now())),

  /** Joins the caller, signed in with the invited address, to the team the invitation names (once). */
  acceptInvite: signedInProcedure
    .input(inviteTokenInput)
    .output(z.object({ exhibitorId: z.string() }))
    .mutation(async ({ ctx, input }) => ({
      exhibitorId: await acceptInvite(ctx.services.db, ctx.user, input.token, ctx.services.now()),
    })),
};
