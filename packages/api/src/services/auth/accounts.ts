import type { Database, User } from "@pavilion/db";
import type { SessionUser, SignInInput, SignUpInput } from "@pavilion/schema";
import { EmailTakenError, InvalidCredentialsError } from "../../errors.ts";
import { decoyPasswordHash, hashPassword, verifyPassword } from "./password.ts";

const userColumns = ["id", "name", "email", "locale", "role"] as const;
type UserRow = Pick<User, (typeof userColumns)[number]>;

/** Creates a visitor account; throws EmailTakenError if the e-mail has one. */
export async function signUp(db: Database, input: SignUpInput, now: Date): Promise<UserRow> {
  const passwordHash = await hashPassword(input.password);
  const user: UserRow = {
    id: crypto.randomUUID(),
    name: input.name,
    email: input.email,
    locale: input.locale,
    role: "visitor",
  };
  const taken = await db.selectFrom("users").select("id").where("email", "=", input.email).executeTakeFirst();
  if (taken) throw new EmailTakenError();
  try {
    await db
      .insertInto("users")
      .values({
        ...user,
        password_hash: passwordHash,
        created_at: now.toISOString(),
        updated_at: now.toISOString(),
      })
      .execute();
  } catch (error) {
    if (isUniqueViolation(error)) throw new EmailTakenError(); // a concurrent sign-up won the race
    throw error;
  }
  return user;
}

/** Checks e-mail and password; throws InvalidCredentialsError without telling which was wrong. */
export async function signIn(db: Database, input: SignInInput): Promise<UserRow> {
  const row = await db
    .selectFrom("users")
    .select([...userColumns, "password_hash"])
    .where("email", "=", input.email)
    .executeTakeFirst();
  const ok = await verifyPassword(input.password, row?.password_hash ?? (await decoyPasswordHash));
  if (!row || !ok) throw new InvalidCredentialsError();
  const { password_hash: _, ...user } = row;
  return user;
}

/** Loads what the web app needs to know about the signed-in person. */
export async function loadSessionUser(db: Database, userId: string): Promise<SessionUser | null> {
  // One query for the person and their companies (one row per membership, or one with nulls).
  const rows = await db
    .selectFrom("users")
    .leftJoin("members", "members.user_id", "users.id")
    .leftJoin("exhibitors", "exhibitors.id", "members.exhibitor_id")
    .select(userColumns.map((column) => `users.${column}` as const))
    .select([
      "members.exhibitor_id",
      "members.role as member_role",
      "exhibitors.name_ru",
      "exhibitors.name_en",
    ])
    .where("users.id", "=", userId)
    .orderBy("exhibitors.name_en")
    .execute();
  const first = rows[0];
  if (!first) return null;
  const { id, name, email, locale, role } = first;
  const memberships = rows.flatMap((m) =>
    m.exhibitor_id !== null && m.member_role !== null
      ? [
          {
            exhibitorId: m.exhibitor_id,
            exhibitorName: { ru: m.name_ru ?? "", en: m.name_en ?? "" },
            role: m.member_role,
          },
        ]
      : [],
  );
  return { id, name, email, locale, role, memberships };
}

/** Sets the language the person reads the app and e-mails in. */
export async function setUserLocale(db: Database, userId: string, locale: User["locale"], now: Date) {
  await db
    .updateTable("users")
    .set({ locale, updated_at: now.toISOString() })
    .where("id", "=", userId)
    .execute();
}

function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return code === "SQLITE_CONSTRAINT_UNIQUE" || code === "23505";
}
