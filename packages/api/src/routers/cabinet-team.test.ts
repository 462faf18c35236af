import { TEST_ENGINES } from "@pavilion/db/testing";
import type { SupportedLocale } from "@pavilion/i18n";
import { describe, expect } from "vitest";
import {
  appError,
  emailOf,
  lettersTo,
  newCompany,
  useCabinetTestApi,
} from "../services/cabinet/test-fixtures.ts";
import { failure, type TestApi, type TestBrowser } from "../testing/index.ts";

const LINK = /http:\/\/pavilion\.test\/invite\/([A-Za-z0-9_-]{43})/;

describe.each(TEST_ENGINES)("a company's team on %s", (engine) => {
  let t: TestApi;
  let owner: TestBrowser & { userId: string };
  let exhibitorId: string;
  let counter = 0;
  const run = useCabinetTestApi(engine, async (api) => {
    t = api.t;
    owner = await t.signedIn({ name: "Olga Owner" });
    exhibitorId = await newCompany(owner, { ru: "Ферма", en: "Farm" });
  });

  function address() {
    counter += 1;
    return `invitee${counter}-${crypto.randomUUID().slice(0, 6)}@example.test`;
  }

  /** The token in the newest invitation letter to the address. */
  function tokenIn(email: string): string {
    const letters = lettersTo(t, email);
    const token = letters.at(-1)?.text.match(LINK)?.[1];
    if (!token) throw new Error(`no invitation link to ${email}`);
    return token;
  }

  async function account(email: string, locale: SupportedLocale = "en") {
    const browser = t.browser(locale);
    const user = await browser.api.auth.signUp({ name: "Ivan", email, password: "long enough", locale });
    return { ...browser, userId: user.id };
  }

  run("mails an invitation link that a person signs in with and accepts, once", async () => {
    const email = address();
    const team = await owner.api.cabinet.invite({ exhibitorId, email, role: "staff" });
    expect(team.invites).toEqual([
      expect.objectContaining({
        email,
        role: "staff",
        expiresAt: new Date(t.clock.now.getTime() + 7 * 86_400_000).toISOString(),
      }),
    ]);
    const [letter] = lettersTo(t, email);
    expect(letter?.subject).toBe("Join the team of Farm at Expo");
    expect(letter?.text).toContain("Olga Owner invites you to the team of Farm at Expo as a staff member.");
    const token = tokenIn(email);
    const stored = await t.db.selectFrom("staff_invites").select("token_hash").execute();
    expect(stored.map((row) => row.token_hash)).not.toContain(token);

    const invitee = await account(email);
    expect(await invitee.api.cabinet.invitePreview({ token })).toEqual({
      ...{ exhibitorName: { ru: "Ферма", en: "Farm" }, email, role: "staff" },
    });
    expect(await invitee.api.cabinet.acceptInvite({ token })).toEqual({ exhibitorId });
    expect((await invitee.api.auth.me())?.memberships).toEqual([
      { exhibitorId, exhibitorName: { ru: "Ферма", en: "Farm" }, role: "staff" },
    ]);
    expect((await invitee.api.cabinet.overview({ exhibitorId })).role).toBe("staff");
    const after = await owner.api.cabinet.team({ exhibitorId });
    expect(after.invites).toEqual([]);
    expect(after.members.map((m) => [m.email, m.role])).toEqual([
      [await emailOf(t, owner.userId), "owner"],
      [email, "staff"],
    ]);

    const again = await failure(invitee.api.cabinet.acceptInvite({ token }));
    expect(appError(again).code).toBe("invite.invalid");
    const stranger = await t.signedIn();
    expect(appError(await failure(stranger.api.cabinet.acceptInvite({ token }))).code).toBe("invite.invalid");
    expect(appError(await failure(stranger.api.cabinet.invitePreview({ token }))).code).toBe(
      "invite.invalid",
    );
  });

  run("replaces an open invitation to the same address, and revokes one on request", async () => {
    const email = address();
    await owner.api.cabinet.invite({ exhibitorId, email, role: "staff" });
    const first = tokenIn(email);
    const team = await owner.api.cabinet.invite({ exhibitorId, email, role: "owner" });
    const second = tokenIn(email);
    expect(team.invites.filter((i) => i.email === email).map((i) => i.role)).toEqual(["owner"]);
    const invitee = await account(email);
    expect(appError(await failure(invitee.api.cabinet.invitePreview({ token: first }))).code).toBe(
      "invite.invalid",
    );
    expect((await invitee.api.cabinet.invitePreview({ token: second })).role).toBe("owner");

    const inviteId = team.invites.find((i) => i.email === email)?.id ?? "";
    const revoked = await owner.api.cabinet.revokeInvite({ exhibitorId, inviteId });
    expect(revoked.invites.map((i) => i.email)).not.toContain(email);
    expect(appError(await failure(invitee.api.cabinet.acceptInvite({ token: second }))).code).toBe(
      "invite.invalid",
    );
    expect((await failure(owner.api.cabinet.revokeInvite({ exhibitorId, inviteId }))).code).toBe("NOT_FOUND");
  });

  run("lets an invitation expire after seven days", async () => {
    const email = address();
    await owner.api.cabinet.invite({ exhibitorId, email, role: "staff" });
    const token = tokenIn(email);
    const invitee = await account(email);
    t.clock.advance(7 * 86_400_000);
    expect(appError(await failure(invitee.api.cabinet.acceptInvite({ token }))).code).toBe("invite.expired");
    expect((await invitee.api.auth.me())?.memberships).toEqual([]);
  });

  run("writes to a person with an account in their language, and to others in the inviter's", async () => {
    const russian = address();
    await account(russian, "ru");
    await owner.api.cabinet.invite({ exhibitorId, email: russian, role: "owner" });
    expect(lettersTo(t, russian)[0]?.text).toContain("в роли владельца");
    const stranger = address();
    await owner.api.cabinet.invite({ exhibitorId, email: stranger, role: "staff" });
    expect(lettersTo(t, stranger)[0]?.subject).toBe("Join the team of Farm at Expo");
  });

  run("refuses to invite a member again, and a member accepting another invitation", async () => {
    const ownEmail = await emailOf(t, owner.userId);
    const refused = await failure(owner.api.cabinet.invite({ exhibitorId, email: ownEmail, role: "staff" }));
    expect(appError(refused)).toEqual({ code: "cabinet.alreadyMember", params: { email: ownEmail } });
    const email = address();
    await owner.api.cabinet.invite({ exhibitorId, email, role: "staff" });
    const member = await account(email);
    await t.db
      .insertInto("members")
      .values({
        exhibitor_id: exhibitorId,
        user_id: member.userId,
        role: "staff",
        created_at: t.clock.now.toISOString(),
      })
      .execute();
    const accepted = await failure(member.api.cabinet.acceptInvite({ token: tokenIn(email) }));
    expect(appError(accepted).code).toBe("invite.alreadyMember");
  });

  run("accepts an invitation only from the account of the address it was sent to", async () => {
    const email = address();
    await owner.api.cabinet.invite({ exhibitorId, email, role: "staff" });
    const token = tokenIn(email);
    const forwarded = await t.signedIn();
    expect((await forwarded.api.cabinet.invitePreview({ token })).email).toBe(email);
    const refused = await failure(forwarded.api.cabinet.acceptInvite({ token }));
    expect([refused.code, appError(refused)]).toEqual([
      "FORBIDDEN",
      { code: "invite.wrongAccount", params: { email } },
    ]);
    expect((await forwarded.api.auth.me())?.memberships).toEqual([]);
    const invitee = await account(email);
    expect(await invitee.api.cabinet.acceptInvite({ token })).toEqual({ exhibitorId });
  });

  run("never leaves the company without an owner", async () => {
    const boss = await t.signedIn();
    const company = await newCompany(boss);
    expect(
      appError(
        await failure(
          boss.api.cabinet.setMemberRole({ exhibitorId: company, userId: boss.userId, role: "staff" }),
        ),
      ).code,
    ).toBe("cabinet.lastOwner");
    expect(
      appError(await failure(boss.api.cabinet.removeMember({ exhibitorId: company, userId: boss.userId })))
        .code,
    ).toBe("cabinet.lastOwner");

    const email = address();
    await boss.api.cabinet.invite({ exhibitorId: company, email, role: "staff" });
    const helper = await account(email);
    await helper.api.cabinet.acceptInvite({ token: tokenIn(email) });
    const promoted = await boss.api.cabinet.setMemberRole({
      exhibitorId: company,
      userId: helper.userId,
      role: "owner",
    });
    expect(promoted.members.map((m) => m.role)).toEqual(["owner", "owner"]);
    await boss.api.cabinet.setMemberRole({ exhibitorId: company, userId: boss.userId, role: "staff" });
    const team = await helper.api.cabinet.removeMember({ exhibitorId: company, userId: boss.userId });
    expect(team.members.map((m) => [m.userId, m.role])).toEqual([[helper.userId, "owner"]]);
    expect((await failure(boss.api.cabinet.overview({ exhibitorId: company }))).code).toBe("FORBIDDEN");
    expect(
      (await failure(boss.api.cabinet.removeMember({ exhibitorId: company, userId: helper.userId }))).code,
    ).toBe("FORBIDDEN");
  });
});
