/** Registrant exports over real HTTP: who may take them, and the files read back as a person would open them. */
import { readCsv, readXlsx } from "@pavilion/api/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertCompany, startTestServer, type TestServer } from "../test-server.ts";

let server: TestServer;
let staff: { userId: string; cookie: string };
let otherStaff: { userId: string; cookie: string };
let visitor: { userId: string; cookie: string };
let organiser: { userId: string; cookie: string };
let webinar: string;
let othersWebinar: string;
const T = "2026-11-01T00:00:00.000Z";

async function insertWebinar(exhibitionId: string, exhibitorId: string, title: string) {
  const id = crypto.randomUUID();
  await server.services.db
    .insertInto("events")
    .values({
      ...{ id, exhibition_id: exhibitionId, exhibitor_id: exhibitorId, kind: "webinar", format: "seminar" },
      ...{ stream: null, title_ru: title, title_en: "Machine tools", description_ru: "", description_en: "" },
      ...{ starts_at: "2026-11-24T08:00:00.000Z", ends_at: "2026-11-24T09:00:00.000Z" },
      ...{ timezone: "Europe/Moscow", capacity: null, registration_mode: "open", access: "registered" },
      ...{ status: "approved", created_at: T, updated_at: T },
    })
    .execute();
  return id;
}

async function registrant(
  eventId: string,
  lastName: string,
  createdAt: string,
  attendedAt: string | null = null,
) {
  await server.services.db
    .insertInto("registrations")
    .values({
      ...{ id: crypto.randomUUID(), event_id: eventId, user_id: null, last_name: lastName },
      ...{ first_name: "Ольга", company: "ООО «Север»", position: "Главный инженер" },
      ...{ email: `${crypto.randomUUID()}@example.test`, phone: "8 912 345 67 89", heard_from: "" },
      ...{ locale: "ru", status: "accepted", reason: null, created_at: createdAt },
      ...{ decided_at: null, attended_at: attendedAt },
    })
    .execute();
}

beforeAll(async () => {
  server = await startTestServer();
  staff = await server.signUp("Staff");
  otherStaff = await server.signUp("Other staff");
  visitor = await server.signUp("Visitor");
  organiser = await server.signUp("Organiser");
  await server.services.db
    .updateTable("users")
    .set({ role: "organiser" })
    .where("id", "=", organiser.userId)
    .execute();
  const mine = await insertCompany(server.services, { staff: [staff.userId] });
  const theirs = await insertCompany(server.services, { staff: [otherStaff.userId] });
  webinar = await insertWebinar(mine.exhibitionId, mine.exhibitorId, "Станки: новое поколение");
  othersWebinar = await insertWebinar(theirs.exhibitionId, theirs.exhibitorId, "Чужой вебинар");
  await registrant(webinar, "Щукина", "2026-11-10T21:15:00.000Z", "2026-11-24T08:05:00.000Z");
  await registrant(webinar, "Ёлкина", "2026-11-11T09:00:00.000Z");
  await registrant(othersWebinar, "Посторонний", "2026-11-10T21:15:00.000Z");
});

afterAll(() => server.close());

const get = (path: string, cookie?: string, language = "ru") =>
  fetch(`${server.base}${path}`, { headers: { "accept-language": language, ...(cookie ? { cookie } : {}) } });

/** The exact file name a browser saves under (the UTF-8 one of Content-Disposition). */
function fileNameOf(response: Response): string {
  const header = response.headers.get("content-disposition") ?? "";
  return decodeURIComponent(/filename\*=UTF-8''([^;]+)/.exec(header)?.[1] ?? "");
}

describe("GET /events/:id/registrants.xlsx", () => {
  it("gives the exhibitor's staff a workbook of this event's registrants, in Russian", async () => {
    const response = await get(`/events/${webinar}/registrants.xlsx`, staff.cookie);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
    expect(fileNameOf(response)).toBe("Участники — Станки новое поколение.xlsx");
    const book = await readXlsx(await response.arrayBuffer());
    expect(book.rows[0]?.slice(0, 6)).toEqual([
      "Фамилия",
      "Имя",
      "Компания",
      "Должность",
      "E-mail",
      "Телефон",
    ]);
    expect(book.rows.slice(1).map((row) => row[0])).toEqual(["Щукина", "Ёлкина"]);
    expect(book.rows[1]?.slice(1, 4)).toEqual(["Ольга", "ООО «Север»", "Главный инженер"]);
    // Registered at 21:15 UTC is 00:15 the next day in Moscow; attended 11:05 Moscow time.
    expect(book.rows[1]?.[9]).toBe("2026-11-11 00:15");
    expect(book.rows[1]?.[11]).toBe("2026-11-24 11:05");
    expect(book.rows.flat()).not.toContain("Посторонний");
    expect(book.headerBold).toBe(true);
    expect(book.frozenRows).toBe(1);
  });

  it("gives organisers any event's, with English headers to an English reader", async () => {
    const response = await get(`/events/${othersWebinar}/registrants.xlsx`, organiser.cookie, "en");
    expect(response.status).toBe(200);
    const book = await readXlsx(await response.arrayBuffer());
    expect(book.rows[0]?.[0]).toBe("Last name");
    expect(book.rows.slice(1).map((row) => row[0])).toEqual(["Посторонний"]);
  });

  it("refuses people who are not signed in (401), visitors and another exhibitor's staff (403)", async () => {
    const noSession = await get(`/events/${webinar}/registrants.xlsx`);
    expect(noSession.status).toBe(401);
    expect(await noSession.text()).toMatch(/[А-Яа-я]/);
    expect((await get(`/events/${webinar}/registrants.xlsx`, visitor.cookie)).status).toBe(403);
    const other = await get(`/events/${webinar}/registrants.csv`, otherStaff.cookie);
    expect(other.status).toBe(403);
    expect(await other.text()).not.toContain("Щукина");
    expect((await get(`/events/${crypto.randomUUID()}/registrants.csv`, staff.cookie)).status).toBe(404);
  });
});

describe("GET /events/:id/registrants.csv", () => {
  it("sends UTF-8 with a BOM and CRLF that reads back with Cyrillic intact", async () => {
    const response = await get(`/events/${webinar}/registrants.csv`, staff.cookie);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes.subarray(3));
    expect(text.split("\r\n").length).toBeGreaterThanOrEqual(3);
    const rows = readCsv(text);
    expect(rows[0]?.[0]).toBe("Фамилия");
    expect(rows.slice(1).map((row) => row[0])).toEqual(["Щукина", "Ёлкина"]);
    expect(rows[1]?.[5]).toBe("8 912 345 67 89");
    expect(text).not.toContain("Посторонний");
  });
});
