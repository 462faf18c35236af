/**
 * What the demo's visitors did on the fair's days so far: booth visits from the floor, the plan
 * and search, time at the booths, downloads of the real demo materials, chats, business cards
 * (with consent), registrations for webinars and watching the ones already over. The demo
 * company's visitors are scripted so its leads come out hot, warm and cold; the rest is drawn.
 * Deterministic for a given "now"; the rollup turns it into leads and statistics after the seed.
 */
import type {
  ActivityTable,
  ConsentsTable,
  ContactCardsTable,
  EventsTable,
  MaterialsTable,
  MessagesTable,
  RegistrationsTable,
  UsersTable,
} from "@pavilion/db";
import type { Insertable } from "kysely";
import { DEMO_TIME_ZONE, exhibitionId } from "./exhibition.ts";
import type { ExhibitorPlan } from "./exhibitors.ts";
import { demoId } from "./ids.ts";
import type { Random } from "./random.ts";
import { HEARD_FROM } from "./registrations.ts";
import { addDays, dateInZone, zonedTime } from "./time.ts";
import { type DemoVisitor, demoVisitors, visitorUserRows } from "./visitors.ts";

const MINUTE = 60_000;
const SOURCES = ["floor", "floor", "plan", "search", "list", "link"] as const;
const CHAT_LINES = [
  "Здравствуйте! Есть ли бюджетные места на магистратуре?",
  "Подскажите, когда следующий день открытых дверей?",
  "Можно получить программу курса на почту?",
  "Сколько длится обучение и есть ли онлайн-формат?",
];
const CARD_MESSAGES = ["Пришлите, пожалуйста, условия", "Интересует корпоративное обучение", ""];

export interface DemoActivityRows {
  users: Insertable<UsersTable>[];
  activity: Insertable<ActivityTable>[];
  contactCards: Insertable<ContactCardsTable>[];
  consents: Insertable<ConsentsTable>[];
  registrations: Insertable<RegistrationsTable>[];
  messages: Insertable<MessagesTable>[];
}

interface Context {
  random: Random;
  rows: DemoActivityRows;
  materials: ReadonlyMap<string, Insertable<MaterialsTable>[]>;
  now: Date;
}

/** The demo's crowd and everything it did, in time order. */
export function demoActivityRows(
  random: Random,
  exhibitors: readonly ExhibitorPlan[],
  materials: readonly Insertable<MaterialsTable>[],
  events: readonly Insertable<EventsTable>[],
  passwordHash: string,
  now: Date,
): DemoActivityRows {
  const visitors = demoVisitors(random);
  const firstDay = addDays(dateInZone(now, DEMO_TIME_ZONE), -2);
  const rows: DemoActivityRows = {
    ...{
      users: visitorUserRows(
        visitors,
        passwordHash,
        zonedTime(addDays(firstDay, -3), "12:00", DEMO_TIME_ZONE),
      ),
    },
    ...{ activity: [], contactCards: [], consents: [], registrations: [], messages: [] },
  };
  const byExhibitor = new Map<string, Insertable<MaterialsTable>[]>();
  for (const material of materials) {
    byExhibitor.set(material.exhibitor_id, [...(byExhibitor.get(material.exhibitor_id) ?? []), material]);
  }
  const ctx: Context = { random, rows, materials: byExhibitor, now };
  const [company, ...others] = exhibitors.filter((exhibitor) => exhibitor.status === "approved");
  if (company === undefined) throw new Error("The demo needs an approved exhibitor");
  const webinars = events.filter((event) => event.exhibitor_id !== null && event.exhibitor_id !== undefined);
  const ownWebinar = webinars.find((event) => event.exhibitor_id === company.id);
  const slots = stayTimes(random, now, firstDay, visitors.length * 6);

  visitors.forEach((visitor, index) => {
    const at = (slots[index] ?? now.getTime() - 60 * MINUTE) as number;
    // The demo company's own leads: hot (cards, downloads, its webinar), warm (chats and reading), cold (a word).
    if (index < 3) {
      stay(ctx, visitor, company, at, 9 + index * 2, ["download", "card"]);
      if (ownWebinar) register(ctx, visitor, ownWebinar, at + 15 * MINUTE, index);
    } else if (index < 7) stay(ctx, visitor, company, at, 4 + (index % 3), ["chat", "download"]);
    else if (index < 10) stay(ctx, visitor, company, at, 1, ["chat"]);
    else if (index < 22) stay(ctx, visitor, company, at, index % 4, index % 3 === 0 ? ["download"] : []);
    // Everyone walks around the floors too.
    for (const [n, booth] of random.sample(others, random.int(3, 8)).entries()) {
      const when = slots[visitors.length + index * 5 + n] ?? at;
      const does: Action[] = random.chance(0.3) ? ["download"] : [];
      if (random.chance(0.06)) does.push("card");
      stay(ctx, visitor, booth, when, random.int(0, 12), does);
    }
    if (index >= 10 && random.chance(0.35)) {
      const webinar = random.pick(webinars.filter((event) => event.exhibitor_id !== company.id));
      register(ctx, visitor, webinar, at - 30 * MINUTE, index);
    }
  });
  rows.activity.sort((a, b) => a.occurred_at.localeCompare(b.occurred_at));
  return rows;
}

/** Instants on the fair's days so far, 10:00–18:30 Moscow time and at least an hour before `now`. */
function stayTimes(random: Random, now: Date, firstDay: string, count: number): number[] {
  const windows = [0, 1, 2]
    .map((offset) => {
      const day = addDays(firstDay, offset);
      const opens = zonedTime(day, "10:00", DEMO_TIME_ZONE).getTime();
      const closes = Math.min(zonedTime(day, "18:30", DEMO_TIME_ZONE).getTime(), now.getTime() - 60 * MINUTE);
      return { opens, closes };
    })
    .filter((window) => window.closes > window.opens);
  return Array.from({ length: count }, () => {
    const window = random.pick(windows);
    return Math.floor(window.opens + random.next() * (window.closes - window.opens));
  });
}

type Action = "download" | "chat" | "card";

const row = (visitor: DemoVisitor, exhibitorId: string, at: number, kind: string, extra = {}) => ({
  ...{ occurred_at: new Date(at).toISOString(), user_id: visitor.id, exhibition_id: exhibitionId },
  ...{ exhibitor_id: exhibitorId, event_id: null, material_id: null, kind, data: null },
  ...extra,
});

/** A visit to a booth, what the visitor did there a minute apart, and leaving after `minutes`. */
function stay(
  ctx: Context,
  visitor: DemoVisitor,
  booth: ExhibitorPlan,
  at: number,
  minutes: number,
  does: Action[],
) {
  const { rows, random } = ctx;
  const source = random.pick(SOURCES);
  rows.activity.push(row(visitor, booth.id, at, "booth.visit", { data: JSON.stringify({ source }) }));
  does.forEach((action, n) => {
    const when = at + (n + 1) * 40_000;
    if (action === "download") {
      const material = (ctx.materials.get(booth.id) ?? []).find((m) => m.kind === "pdf");
      if (!material?.id) return;
      const data = JSON.stringify({ fileName: material.file_name });
      rows.activity.push(
        row(visitor, booth.id, when, "material.download", { material_id: material.id, data }),
      );
    } else if (action === "chat") {
      const id = messageId(when, `${visitor.id}:${booth.id}`);
      const body = random.pick(CHAT_LINES);
      rows.messages.push({
        ...{ id, room: `booth:${booth.id}`, kind: "chat", user_id: visitor.id, body },
        ...{ question_status: null, created_at: new Date(when).toISOString(), deleted_at: null },
        ...{ deleted_by: null, answer: null },
      });
      rows.activity.push(
        row(visitor, booth.id, when, "chat.message", { data: JSON.stringify({ messageId: id }) }),
      );
    } else {
      leaveCard(ctx, visitor, booth, when);
    }
  });
  const seconds = minutes * 60 + random.int(0, 50);
  if (seconds > 0) {
    const left = at + seconds * 1000;
    rows.activity.push(row(visitor, booth.id, left, "booth.left", { data: JSON.stringify({ seconds }) }));
  }
}

function leaveCard(ctx: Context, visitor: DemoVisitor, booth: ExhibitorPlan, at: number) {
  const when = new Date(at).toISOString();
  const { rows, random } = ctx;
  if (rows.contactCards.some((card) => card.user_id === visitor.id && card.exhibitor_id === booth.id)) return;
  rows.contactCards.push({
    ...{ id: demoId(`card:${visitor.id}:${booth.id}`), exhibitor_id: booth.id, user_id: visitor.id },
    ...{ name: visitor.name.ru, company: "", position: "", email: visitor.email },
    ...{
      phone: `+7 (9${random.int(10, 99)}) ${random.int(100, 999)}-${random.int(10, 99)}-${random.int(10, 99)}`,
    },
    ...{ message: random.pick(CARD_MESSAGES), consent_at: when, withdrawn_at: null, created_at: when },
  });
  rows.consents.push({
    ...{ id: demoId(`consent:${visitor.id}:${booth.id}`), user_id: visitor.id, exhibitor_id: booth.id },
    ...{ via: "contact", given_at: when, withdrawn_at: null },
  });
  rows.activity.push(row(visitor, booth.id, at, "contact.left"));
}

/** A registration for a webinar, and watching it when it is already over. */
function register(
  ctx: Context,
  visitor: DemoVisitor,
  webinar: Insertable<EventsTable>,
  at: number,
  index: number,
) {
  const { rows, random, now } = ctx;
  const exhibitorId = webinar.exhibitor_id ?? null;
  const id = demoId(`registration:${webinar.id}:${visitor.id}`);
  const startsAt = Date.parse(webinar.starts_at);
  const endsAt = Date.parse(webinar.ends_at);
  const registeredAt = Math.min(at, startsAt - 30 * MINUTE, now.getTime() - 30 * MINUTE);
  const watched =
    endsAt < now.getTime() - 10 * MINUTE ? random.int(15, (endsAt - startsAt) / MINUTE - 5) : null;
  rows.registrations.push({
    ...{
      id,
      event_id: webinar.id,
      user_id: visitor.id,
      last_name: visitor.last.ru,
      first_name: visitor.first.ru,
    },
    ...{ company: "", position: "", email: visitor.email, phone: "", locale: "ru" as const },
    ...{ heard_from: demoId(`heard-from:${index % HEARD_FROM.length}`), status: "accepted" as const },
    ...{ reason: null, created_at: new Date(registeredAt).toISOString(), decided_at: null },
    ...{ registered_by: null, decision_due_at: null },
    attended_at: watched === null ? null : new Date(startsAt + 2 * MINUTE).toISOString(),
  });
  const on = { event_id: webinar.id };
  const data = JSON.stringify({ registrationId: id, status: "accepted", byStaff: false });
  rows.activity.push({
    ...row(visitor, "", registeredAt, "event.registered", { ...on, data }),
    exhibitor_id: exhibitorId,
  });
  if (watched === null) return;
  const joined = startsAt + 2 * MINUTE;
  rows.activity.push({ ...row(visitor, "", joined, "webinar.joined", on), exhibitor_id: exhibitorId });
  const left = row(visitor, "", joined + watched * MINUTE, "webinar.left", {
    ...on,
    data: JSON.stringify({ minutes: watched }),
  });
  rows.activity.push({ ...left, exhibitor_id: exhibitorId });
}

/** A UUIDv7-shaped id for a demo message: its time first (history sorts by id), then a stable hash. */
function messageId(at: number, name: string): string {
  const stable = demoId(`message:${name}:${at}`).replace(/-/g, "");
  const hex = `${at.toString(16).padStart(12, "0")}7${stable.slice(13, 16)}${stable.slice(16)}`;
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
