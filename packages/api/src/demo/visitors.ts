/**
 * The demo's crowd: forty invented visitors (one shared password hash, like the demo accounts)
 * whose visits, downloads, chats, cards and registrations make the statistics and leads.
 */
import type { UsersTable } from "@pavilion/db";
import type { Insertable } from "kysely";
import type { Bilingual } from "./bilingual.ts";
import { demoId } from "./ids.ts";
import { drawPeople, emailLocalPart, fullName } from "./people.ts";
import type { Random } from "./random.ts";

export const DEMO_VISITORS = 40;

export interface DemoVisitor {
  id: string;
  name: Bilingual;
  first: Bilingual;
  last: Bilingual;
  email: string;
}

/** Forty people with distinct e-mails (surnames repeat after the 36th). */
export function demoVisitors(random: Random): DemoVisitor[] {
  const people = [...drawPeople(random, 36), ...drawPeople(random, DEMO_VISITORS - 36)];
  return people.map((person, index) => ({
    id: demoId(`visitor:${index}`),
    name: fullName(person),
    first: person.first,
    last: person.last,
    email: `${emailLocalPart(person)}.${index + 1}@visitors.example`,
  }));
}

/** Their accounts, made `signedUpAt` (before the fair opened). */
export function visitorUserRows(visitors: readonly DemoVisitor[], passwordHash: string, signedUpAt: Date) {
  const at = signedUpAt.toISOString();
  return visitors.map(
    (visitor): Insertable<UsersTable> => ({
      ...{ id: visitor.id, email: visitor.email, name: visitor.name.ru, password_hash: passwordHash },
      ...{ locale: "ru", role: "visitor", created_at: at, updated_at: at },
    }),
  );
}
