/** Calendar files over real HTTP: one event's .ics, a cancelled one refused in the reader's language, the private feed. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertCompany, startTestServer, type TestServer } from "../test-server.ts";

let server: TestServer;
let visitor: { userId: string; cookie: string };
let exhibitionId: string;
const T = "2026-11-01T00:00:00.000Z";

beforeAll(async () => {
  server = await startTestServer();
  visitor = await server.signUp("Visitor");
  ({ exhibitionId } = await insertCompany(server.services));
});

afterAll(() => server.close());

async function event(status: "approved" | "cancelled" | "draft", title = "Станки с ЧПУ") {
  const id = crypto.randomUUID();
  await server.services.db
    .insertInto("events")
    .values({
      ...{ id, exhibition_id: exhibitionId, exhibitor_id: null, kind: "programme", format: "seminar" },
      ...{ stream: "A", title_ru: title, title_en: "CNC machines", description_ru: "О станках" },
      ...{ description_en: "About machines", starts_at: "2026-11-24T08:00:00.000Z" },
      ...{ ends_at: "2026-11-24T09:00:00.000Z", timezone: "Europe/Moscow", capacity: null },
      ...{ registration_mode: "open", access: "everyone", status, created_at: T, updated_at: T },
    })
    .execute();
  return id;
}

async function registerFor(eventId: string, userId: string) {
  await server.services.db
    .insertInto("registrations")
    .values({
      ...{ id: crypto.randomUUID(), event_id: eventId, user_id: userId, last_name: "Ли", first_name: "Ан" },
      ...{ company: "К", position: "П", email: "li@example.test", phone: "+7 900 000-00-00", heard_from: "" },
      ...{
        locale: "ru",
        status: "accepted",
        reason: null,
        created_at: T,
        decided_at: null,
        attended_at: null,
      },
    })
    .execute();
}

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${server.base}${path}`, { headers });

/** Undoes RFC 5545 line folding. */
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, "");

async function feedUrl(rotate: boolean): Promise<string> {
  const response = await fetch(`${server.base}/trpc/programme.calendarFeed`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie: visitor.cookie },
    body: JSON.stringify({ json: { rotate } }),
  });
  const body = (await response.json()) as { result: { data: { json: { url: string } } } };
  return new URL(body.result.data.json.url).pathname;
}

describe("GET /events/:id.ics", () => {
  it("sends an approved event as a calendar file in the reader's language", async () => {
    const id = await event("approved");
    const response = await get(`/events/${id}.ics`, { "accept-language": "ru-RU,ru;q=0.9" });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(response.headers.get("content-disposition")).toContain(
      `filename*=UTF-8''${encodeURIComponent("Станки с ЧПУ.ics")}`,
    );
    const text = unfold(await response.text());
    expect(text).toContain("BEGIN:VCALENDAR");
    expect(text).toContain(`UID:${id}@pavilion`);
    expect(text).toContain("SUMMARY:Станки с ЧПУ");
    expect(text).toContain("DTSTART:20261124T080000Z");
    const english = unfold(await (await get(`/events/${id}.ics`, { "accept-language": "en" })).text());
    expect(english).toContain("SUMMARY:CNC machines");
  });

  it("refuses a cancelled event with 410 and says why, in Russian or English", async () => {
    const id = await event("cancelled");
    const ru = await get(`/events/${id}.ics`, { "accept-language": "ru" });
    expect(ru.status).toBe(410);
    expect(ru.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(await ru.text()).toBe("Мероприятие отменено, поэтому события для календаря нет.");
    const en = await get(`/events/${id}.ics`, { "accept-language": "en-GB" });
    expect(await en.text()).toBe("This event has been cancelled, so there is no calendar entry for it.");
  });

  it("answers 404 for an unknown event and for a draft", async () => {
    expect((await get(`/events/${crypto.randomUUID()}.ics`)).status).toBe(404);
    expect((await get(`/events/${await event("draft")}.ics`, { cookie: visitor.cookie })).status).toBe(404);
  });
});

describe("GET /calendar/:token.ics", () => {
  it("holds what the person registered for, cancelled events marked so calendars drop them", async () => {
    const kept = await event("approved", "Открытый урок");
    const called = await event("cancelled", "Отменённый урок");
    const foreign = await event("approved", "Чужой урок");
    await registerFor(kept, visitor.userId);
    await registerFor(called, visitor.userId);
    const stranger = await server.signUp("Stranger");
    await registerFor(foreign, stranger.userId);
    const response = await get(await feedUrl(false));
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    const text = unfold(await response.text());
    const blocks = text.split("BEGIN:VEVENT").slice(1);
    expect(blocks).toHaveLength(2);
    const called_ = blocks.find((block) => block.includes(`UID:${called}@pavilion`));
    expect(called_).toContain("STATUS:CANCELLED");
    expect(blocks.find((block) => block.includes(`UID:${kept}@pavilion`))).toContain("STATUS:CONFIRMED");
    expect(text).not.toContain(foreign);
  });

  it("stops answering at the old address once the person rotates it", async () => {
    const old = await feedUrl(false);
    expect((await get(old)).status).toBe(200);
    const fresh = await feedUrl(true);
    expect(fresh).not.toBe(old);
    expect((await get(old)).status).toBe(404);
    expect((await get(fresh)).status).toBe(200);
  });

  it("finds tokens with - and _ in them and refuses unknown ones", async () => {
    const token = "a-b_c-d_e-f-0123456789abcdefghijklmnopqrstuv";
    await server.services.db
      .updateTable("users")
      .set({ calendar_token: token })
      .where("id", "=", visitor.userId)
      .execute();
    expect((await get(`/calendar/${token}.ics`)).status).toBe(200);
    expect((await get("/calendar/nobody-has-this-one.ics")).status).toBe(404);
  });
});
