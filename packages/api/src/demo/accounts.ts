/** The demo accounts: a visitor, an organiser, and the owner and a staff member of one exhibitor. */
import type { Database, MemberRole, MembersTable, UserRole, UsersTable } from "@pavilion/db";
import type { Insertable } from "kysely";
import { demoId } from "./ids.ts";

export const DEMO_PASSWORD = "pavilion-demo";

/** A demo account as the server prints it at start-up. */
export interface DemoAccount {
  role: string;
  email: string;
  password: string;
}

interface AccountSpec {
  role: "visitor" | "organiser" | "exhibitor" | "staff";
  email: string;
  name: string;
  userRole: UserRole;
  /** Membership in the first exhibitor, for exhibitor roles. */
  member: MemberRole | null;
}

const ACCOUNTS: readonly AccountSpec[] = [
  {
    role: "visitor",
    email: "visitor@demo.pavilion",
    name: "Мария Соколова",
    userRole: "visitor",
    member: null,
  },
  {
    role: "organiser",
    email: "organiser@demo.pavilion",
    name: "Андрей Кузнецов",
    userRole: "organiser",
    member: null,
  },
  {
    role: "exhibitor",
    email: "exhibitor@demo.pavilion",
    name: "Елена Смирнова",
    userRole: "visitor",
    member: "owner",
  },
  {
    role: "staff",
    email: "staff@demo.pavilion",
    name: "Дмитрий Попов",
    userRole: "visitor",
    member: "staff",
  },
];

/** The accounts the demo creates, with their shared password. */
export function demoAccounts(): DemoAccount[] {
  return ACCOUNTS.map(({ role, email }) => ({ role, email, password: DEMO_PASSWORD }));
}

/** The demo accounts present in the database (all of them after a seed, none on a foreign one). */
export async function existingDemoAccounts(db: Database): Promise<DemoAccount[]> {
  const emails = ACCOUNTS.map((account) => account.email);
  const rows = await db.selectFrom("users").select("email").where("email", "in", emails).execute();
  const present = new Set(rows.map((row) => row.email));
  return demoAccounts().filter((account) => present.has(account.email));
}

/** User rows for the accounts and memberships in the given exhibitor; one hash serves all. */
export function accountRows(passwordHash: string, exhibitorId: string, now: Date) {
  const at = now.toISOString();
  const users: Insertable<UsersTable>[] = ACCOUNTS.map((account) => ({
    id: demoId(`user:${account.email}`),
    email: account.email,
    name: account.name,
    password_hash: passwordHash,
    locale: "ru",
    role: account.userRole,
    created_at: at,
    updated_at: at,
  }));
  const members: Insertable<MembersTable>[] = ACCOUNTS.flatMap((account) =>
    account.member === null
      ? []
      : [
          {
            exhibitor_id: exhibitorId,
            user_id: demoId(`user:${account.email}`),
            role: account.member,
            created_at: at,
          },
        ],
  );
  return { users, members };
}
