/** An exhibitor's team: its owners and staff, and the invitations still open. */
import type { Database, MemberRole } from "@pavilion/db";
import type { Team } from "@pavilion/schema";
import { AppError, NotFoundError } from "../../errors.ts";
import { inTransaction } from "../floor/placement.ts";

/** The members (owners first, then by when they joined) and the open invitations of an exhibitor. */
export async function teamOf(db: Database, exhibitorId: string): Promise<Team> {
  const members = await db
    .selectFrom("members")
    .innerJoin("users", "users.id", "members.user_id")
    .select(["members.user_id", "members.role", "users.name", "users.email"])
    .where("members.exhibitor_id", "=", exhibitorId)
    // Owners first ("owner" sorts before "staff"), then in the order they joined.
    .orderBy("members.role")
    .orderBy("members.created_at")
    .orderBy("users.email")
    .execute();
  const invites = await db
    .selectFrom("staff_invites")
    .select(["id", "email", "role", "created_at", "expires_at"])
    .where("exhibitor_id", "=", exhibitorId)
    .where("accepted_at", "is", null)
    .where("revoked_at", "is", null)
    .orderBy("created_at")
    .orderBy("email")
    .execute();
  return {
    members: members.map((m) => ({ userId: m.user_id, name: m.name, email: m.email, role: m.role })),
    invites: invites.map((i) => ({
      ...{ id: i.id, email: i.email, role: i.role },
      ...{ createdAt: i.created_at, expiresAt: i.expires_at },
    })),
  };
}

/**
 * Takes the exhibitor's row lock (PostgreSQL) so concurrent team changes run one after
 * another and cannot, between them, leave the company without an owner.
 */
async function lockExhibitor(db: Database, exhibitorId: string): Promise<void> {
  await db
    .updateTable("exhibitors")
    .set((eb) => ({ id: eb.ref("id") }))
    .where("id", "=", exhibitorId)
    .execute();
}

/** The member's role, after checking that the user is on this exhibitor's team; NotFoundError otherwise. */
async function roleOf(db: Database, exhibitorId: string, userId: string): Promise<MemberRole> {
  const member = await db
    .selectFrom("members")
    .select("role")
    .where("exhibitor_id", "=", exhibitorId)
    .where("user_id", "=", userId)
    .executeTakeFirst();
  if (!member) throw new NotFoundError("member");
  return member.role;
}

async function refuseLastOwner(db: Database, exhibitorId: string): Promise<void> {
  const owners = await db
    .selectFrom("members")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("exhibitor_id", "=", exhibitorId)
    .where("role", "=", "owner")
    .executeTakeFirstOrThrow();
  if (Number(owners.n) <= 1) throw new AppError("cabinet.lastOwner");
}

/** Makes a member an owner or staff; the last owner cannot step down. */
export async function setMemberRole(
  db: Database,
  exhibitorId: string,
  userId: string,
  role: MemberRole,
): Promise<void> {
  await inTransaction(db, async (trx) => {
    await lockExhibitor(trx, exhibitorId);
    const current = await roleOf(trx, exhibitorId, userId);
    if (current === role) return;
    if (current === "owner") await refuseLastOwner(trx, exhibitorId);
    await trx
      .updateTable("members")
      .set({ role })
      .where("exhibitor_id", "=", exhibitorId)
      .where("user_id", "=", userId)
      .execute();
  });
}

/** Takes a member off the team; the last owner cannot be removed. */
export async function removeMember(db: Database, exhibitorId: string, userId: string): Promise<void> {
  await inTransaction(db, async (trx) => {
    await lockExhibitor(trx, exhibitorId);
    if ((await roleOf(trx, exhibitorId, userId)) === "owner") await refuseLastOwner(trx, exhibitorId);
    await trx
      .deleteFrom("members")
      .where("exhibitor_id", "=", exhibitorId)
      .where("user_id", "=", userId)
      .execute();
  });
}
