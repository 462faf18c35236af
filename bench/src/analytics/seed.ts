/**
 * A data folder at fair scale for `pnpm bench:analytics`: the demo exhibition (floors, "how did
 * you hear" choices, organiser) plus `exhibitors` approved companies with materials and some
 * webinars, `visitors` accounts, and `activityRows` rows of activity spread over the fair's days
 * the way a fair looks (a few booths draw most visits), with the contact cards, consents and
 * registrations the rows stand for. Written with better-sqlite3 prepared statements in large
 * transactions: going through the API for five million rows would take an hour; the API's own
 * write path is measured separately (ingest).
 */
import { createHash, randomBytes } from "node:crypto";
import path from "node:path";
import { createLocalFileStorage, hashPassword, seedDemo } from "@pavilion/api";
import { migrateToLatest, openDatabase, sqliteFileFromDataDir } from "@pavilion/db";
import Sqlite from "better-sqlite3";

export interface Sizes {
  exhibitors: number;
  visitors: number;
  activityRows: number;
}

export interface SeededFair {
  exhibitionId: string;
  exhibitorIds: string[];
  /** Exhibitors ordered by how many activity rows they got, busiest first. */
  busiest: string[];
  visitorIds: string[];
  organiserId: string;
}

/** A small fast PRNG so every run seeds the same fair. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Picks index i with probability ∝ 1 / (i + 1)^s (a few booths draw most visits). */
function zipfPicker(n: number, s: number, random: () => number): () => number {
  const cumulative = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    sum += 1 / (i + 1) ** s;
    cumulative[i] = sum;
  }
  return () => {
    const target = random() * sum;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] ?? 0) < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

function uuidFrom(random: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
  hex[12] = "4";
  hex[16] = ((Number.parseInt(hex[16] ?? "0", 16) & 0x3) | 0x8).toString(16);
  const h = hex.join("");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** Inserts `rows` objects into `table` through one prepared statement (columns from the first row). */
function inserter(sqlite: Sqlite.Database, table: string, columns: string[], orIgnore = false) {
  const statement = sqlite.prepare(
    `insert ${orIgnore ? "or ignore " : ""}into ${table} (${columns.join(", ")}) values (${columns.map((c) => `@${c}`).join(", ")})`,
  );
  return (row: Record<string, unknown>) => statement.run(row);
}

const KINDS: Array<[kind: string, share: number]> = [
  ["booth.visit", 0.4],
  ["booth.left", 0.3],
  ["material.download", 0.12],
  ["video.play", 0.08],
  ["chat.message", 0.04],
  ["contact.left", 0.02],
  ["event.registered", 0.02],
  ["webinar.joined", 0.01],
  ["webinar.left", 0.008],
  ["meeting.booked", 0.002],
];

/** Seeds the fair into a fresh SQLite file under `dataDir`; logs progress to stderr. */
export async function seedFair(dataDir: string, sizes: Sizes, now: Date): Promise<SeededFair> {
  const sqliteFile = sqliteFileFromDataDir(dataDir);
  const db = openDatabase({ sqliteFile });
  await migrateToLatest(db);
  await seedDemo(db, createLocalFileStorage(path.join(dataDir, "files")), { now });
  const exhibition = await db
    .selectFrom("exhibitions")
    .select(["id", "starts_on", "ends_on"])
    .executeTakeFirstOrThrow();
  const floors = await db.selectFrom("floors").select("id").orderBy("position").execute();
  const heardFrom = await db.selectFrom("heard_from_options").select("id").execute();
  const organiser = await db
    .selectFrom("users")
    .select("id")
    .where("role", "=", "organiser")
    .executeTakeFirstOrThrow();
  const passwordHash = await hashPassword(randomBytes(16).toString("hex"));
  await db.destroy();

  const sqlite = new Sqlite(sqliteFile);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = OFF");
  const random = mulberry32(20261124);
  const iso = now.toISOString();
  const log = (what: string) => process.stderr.write(`[seed] ${what}\n`);

  // Companies, each with two materials; one in thirty has a webinar.
  const exhibitorIds: string[] = [];
  const materialsOf = new Map<string, string[]>();
  const webinarsOf = new Map<string, string[]>();
  const programme: string[] = [];
  const fairStart = Date.parse(`${exhibition.starts_on}T06:00:00Z`);
  const fairEnd = Date.parse(`${exhibition.ends_on}T15:00:00Z`);
  sqlite.transaction(() => {
    const addExhibitor = inserter(sqlite, "exhibitors", [
      ...["id", "exhibition_id", "floor_id", "slug", "name_ru", "name_en", "description_ru"],
      ...["description_en", "products_ru", "products_en", "tags", "website", "contact_email"],
      ...["contact_phone", "color", "booth_size", "status", "created_at", "updated_at"],
    ]);
    const addMaterial = inserter(sqlite, "materials", [
      ...["id", "exhibitor_id", "kind", "url", "file_name", "title_ru", "title_en", "description_ru"],
      ...["description_en", "position", "published", "approved", "created_at", "updated_at"],
    ]);
    const addEvent = inserter(sqlite, "events", [
      ...["id", "exhibition_id", "exhibitor_id", "kind", "format", "stream", "title_ru", "title_en"],
      ...["description_ru", "description_en", "starts_at", "ends_at", "timezone", "capacity"],
      ...["registration_mode", "access", "status", "created_at", "updated_at", "question_access"],
      "recording_access",
    ]);
    for (let i = 0; i < sizes.exhibitors; i++) {
      const id = uuidFrom(random);
      exhibitorIds.push(id);
      addExhibitor({
        ...{ id, exhibition_id: exhibition.id, floor_id: floors[i % floors.length]?.id, slug: `bench-${i}` },
        ...{ name_ru: `Компания ${i}`, name_en: `Company ${i}`, description_ru: "Описание" },
        ...{ description_en: "About", products_ru: "Товары", products_en: "Products", tags: "bench" },
        ...{ website: `https://c${i}.example.com`, contact_email: `sales@c${i}.example.com` },
        ...{ contact_phone: "+7 900 000-00-00", color: "#2255aa", booth_size: "medium" },
        ...{ status: "approved", created_at: iso, updated_at: iso },
      });
      const materials = [0, 1].map((m) => {
        const materialId = uuidFrom(random);
        addMaterial({
          ...{ id: materialId, exhibitor_id: id, kind: "link", url: `https://c${i}.example.com/${m}` },
          ...{ file_name: null, title_ru: `Каталог ${m + 1}`, title_en: `Catalogue ${m + 1}` },
          ...{ description_ru: "", description_en: "", position: m, published: 1, approved: 1 },
          ...{ created_at: iso, updated_at: iso },
        });
        return materialId;
      });
      materialsOf.set(id, materials);
      if (i % 30 === 0) {
        const eventId = uuidFrom(random);
        const startsAt = fairStart + Math.floor(random() * (fairEnd - fairStart - 3_600_000));
        addEvent(eventRow(eventId, exhibition.id, id, startsAt, i, iso));
        webinarsOf.set(id, [eventId]);
      }
    }
    for (let i = 0; i < 60; i++) {
      const eventId = uuidFrom(random);
      const startsAt = fairStart + Math.floor(random() * (fairEnd - fairStart - 3_600_000));
      addEvent(eventRow(eventId, exhibition.id, null, startsAt, i, iso));
      programme.push(eventId);
    }
  })();
  log(`${sizes.exhibitors} exhibitors, ${programme.length} programme sessions`);

  const visitorIds: string[] = [];
  const addUser = inserter(sqlite, "users", [
    ...["id", "email", "name", "password_hash", "locale", "role", "created_at", "updated_at"],
  ]);
  sqlite.transaction(() => {
    for (let i = 0; i < sizes.visitors; i++) {
      const id = uuidFrom(random);
      visitorIds.push(id);
      addUser({
        ...{ id, email: `visitor-${i}@bench.pavilion.local`, name: `Посетитель ${i}` },
        ...{ password_hash: passwordHash, locale: i % 3 ? "ru" : "en", role: "visitor" },
        ...{ created_at: iso, updated_at: iso },
      });
    }
  })();
  log(`${sizes.visitors} visitors`);

  const addActivity = sqlite.prepare(
    "insert into activity (occurred_at, user_id, exhibition_id, exhibitor_id, event_id, material_id, kind, data) values (?, ?, ?, ?, ?, ?, ?, ?)",
  );
  const addCard = inserter(
    sqlite,
    "contact_cards",
    [
      ...["id", "exhibitor_id", "user_id", "name", "company", "position", "email", "phone", "message"],
      ...["consent_at", "withdrawn_at", "created_at"],
    ],
    true,
  );
  const addConsent = inserter(sqlite, "consents", [
    ...["id", "user_id", "exhibitor_id", "via", "given_at", "withdrawn_at"],
  ]);
  const addRegistration = inserter(
    sqlite,
    "registrations",
    [
      ...["id", "event_id", "user_id", "last_name", "first_name", "company", "position", "email"],
      ...["phone", "heard_from", "locale", "status", "created_at", "decided_at", "attended_at"],
    ],
    true,
  );
  const pickExhibitor = zipfPicker(sizes.exhibitors, 1.05, random);
  const pickVisitor = zipfPicker(sizes.visitors, 0.6, random);
  const kindThresholds: Array<[string, number]> = [];
  let acc = 0;
  for (const [kind, share] of KINDS) {
    acc += share;
    kindThresholds.push([kind, acc]);
  }
  const rowsOf = new Map<string, number>();
  const span = fairEnd - fairStart;
  const BATCH = 200_000;
  for (let start = 0; start < sizes.activityRows; start += BATCH) {
    sqlite.transaction(() => {
      for (let n = start; n < Math.min(sizes.activityRows, start + BATCH); n++) {
        const exhibitorId = exhibitorIds[pickExhibitor()] as string;
        const userId = visitorIds[pickVisitor()] as string;
        const at = new Date(fairStart + Math.floor((n / sizes.activityRows) * span)).toISOString();
        const r = random();
        const kind = kindThresholds.find(([, upTo]) => r < upTo)?.[0] ?? "booth.visit";
        rowsOf.set(exhibitorId, (rowsOf.get(exhibitorId) ?? 0) + 1);
        let eventId: string | null = null;
        let materialId: string | null = null;
        let data: string | null = null;
        let rowExhibitor: string | null = exhibitorId;
        if (kind === "booth.visit") data = `{"source":"${random() < 0.7 ? "floor" : "search"}"}`;
        else if (kind === "booth.left") data = `{"seconds":${10 + Math.floor(random() * 900)}}`;
        else if (kind === "material.download") {
          const materials = materialsOf.get(exhibitorId) ?? [];
          materialId = materials[Math.floor(random() * materials.length)] ?? null;
          data = '{"fileName":"catalogue.pdf"}';
        } else if (kind.startsWith("event.") || kind.startsWith("webinar.")) {
          const own = webinarsOf.get(exhibitorId);
          if (own && random() < 0.5) eventId = own[0] ?? null;
          else {
            eventId = programme[Math.floor(random() * programme.length)] ?? null;
            rowExhibitor = null;
          }
          if (kind === "webinar.left") data = `{"minutes":${Math.floor(random() * 60)}}`;
          if (kind === "event.registered") {
            const attended = random() < 0.55 ? at : null;
            addRegistration({
              ...{ id: uuidFrom(random), event_id: eventId, user_id: userId, last_name: "Иванов" },
              ...{ first_name: "Пётр", company: "ООО Ромашка", position: "Инженер" },
              ...{ email: `reg-${n}@bench.pavilion.local`, phone: "+7 900 111-22-33" },
              ...{ heard_from: heardFrom[Math.floor(random() * heardFrom.length)]?.id ?? null },
              ...{ locale: "ru", status: "accepted", created_at: at, decided_at: at, attended_at: attended },
            });
            data = '{"status":"accepted","byStaff":false}';
          }
        } else if (kind === "contact.left") {
          addCard({
            ...{ id: uuidFrom(random), exhibitor_id: exhibitorId, user_id: userId, name: `Гость ${n}` },
            ...{ company: "ООО Ромашка", position: "Закупки", email: `card-${n}@bench.pavilion.local` },
            ...{ phone: "+7 900 123-45-67", message: "", consent_at: at, withdrawn_at: null, created_at: at },
          });
          addConsent({
            ...{ id: uuidFrom(random), user_id: userId, exhibitor_id: exhibitorId, via: "contact" },
            ...{ given_at: at, withdrawn_at: null },
          });
        }
        addActivity.run(at, userId, exhibition.id, rowExhibitor, eventId, materialId, kind, data);
      }
    })();
    log(`activity ${Math.min(sizes.activityRows, start + BATCH)} / ${sizes.activityRows}`);
  }
  sqlite.pragma("synchronous = NORMAL");
  sqlite.exec("analyze");
  sqlite.close();
  const busiest = [...rowsOf.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id);
  return { exhibitionId: exhibition.id, exhibitorIds, busiest, visitorIds, organiserId: organiser.id };
}

function eventRow(
  id: string,
  exhibitionId: string,
  exhibitorId: string | null,
  startsAt: number,
  n: number,
  iso: string,
) {
  return {
    ...{ id, exhibition_id: exhibitionId, exhibitor_id: exhibitorId },
    ...{ kind: exhibitorId ? "webinar" : "programme", format: n % 2 ? "seminar" : "presentation" },
    ...{ stream: exhibitorId ? null : ["A", "B", "C"][n % 3], title_ru: `Вебинар ${n}` },
    ...{ title_en: `Webinar ${n}`, description_ru: "О чём", description_en: "About" },
    ...{ starts_at: new Date(startsAt).toISOString(), ends_at: new Date(startsAt + 3_600_000).toISOString() },
    ...{ timezone: "Europe/Moscow", capacity: null, registration_mode: "open", access: "everyone" },
    ...{ status: "approved", created_at: iso, updated_at: iso, question_access: "registered" },
    recording_access: "registered",
  };
}

/** Session tokens (cookie values) for people the bench calls the API as; stored hashed like the app does. */
export function addSessions(dataDir: string, userIds: string[], now: Date): string[] {
  const sqlite = new Sqlite(sqliteFileFromDataDir(dataDir));
  const add = sqlite.prepare(
    "insert into sessions (id, user_id, created_at, expires_at, user_agent) values (?, ?, ?, ?, ?)",
  );
  const expires = new Date(now.getTime() + 7 * 86_400_000).toISOString();
  const tokens = sqlite.transaction(() =>
    userIds.map((userId) => {
      const token = randomBytes(32).toString("base64url");
      add.run(createHash("sha256").update(token).digest("hex"), userId, now.toISOString(), expires, "bench");
      return token;
    }),
  )();
  sqlite.close();
  return tokens;
}

/** Makes one owner account per exhibitor (for calling its cabinet procedures); returns their ids. */
export function addOwners(dataDir: string, exhibitorIds: string[], now: Date): string[] {
  const sqlite = new Sqlite(sqliteFileFromDataDir(dataDir));
  const iso = now.toISOString();
  const addUser = sqlite.prepare(
    "insert into users (id, email, name, password_hash, locale, role, created_at, updated_at) values (?, ?, ?, 'x', 'ru', 'visitor', ?, ?)",
  );
  const addMember = sqlite.prepare(
    "insert into members (exhibitor_id, user_id, role, created_at) values (?, ?, 'owner', ?)",
  );
  const ids = sqlite.transaction(() =>
    exhibitorIds.map((exhibitorId, i) => {
      const id = crypto.randomUUID();
      addUser.run(id, `owner-${i}-${id.slice(0, 8)}@bench.pavilion.local`, `Owner ${i}`, iso, iso);
      addMember.run(exhibitorId, id, iso);
      return id;
    }),
  )();
  sqlite.close();
  return ids;
}
