/** The statistics report over real HTTP: who may take it, and the files read back as a person opens them. */
import { readCsv, readXlsx } from "@pavilion/api/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertCompany, startTestServer, type TestServer } from "../test-server.ts";

let server: TestServer;
let staff: { userId: string; cookie: string };
let otherStaff: { userId: string; cookie: string };
let visitor: { userId: string; cookie: string };
let mine: string;
// The test exhibition's days are in UTC; the server's clock is the real one.
const today = new Date().toISOString().slice(0, 10);

const get = (path: string, cookie?: string, language = "ru") =>
  fetch(`${server.base}${path}`, { headers: { "accept-language": language, ...(cookie ? { cookie } : {}) } });

async function visitBooth(cookie: string, exhibitorId: string) {
  const response = await fetch(`${server.base}/trpc/visitor.recordBoothVisit`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie },
    body: JSON.stringify({ json: { exhibitorId, source: "floor" } }),
  });
  expect(response.status).toBe(200);
}

beforeAll(async () => {
  server = await startTestServer();
  staff = await server.signUp("Staff");
  otherStaff = await server.signUp("Other staff");
  visitor = await server.signUp("Visitor");
  mine = (await insertCompany(server.services, { staff: [staff.userId] })).exhibitorId;
  await insertCompany(server.services, { staff: [otherStaff.userId] });
  const second = await server.signUp("Second visitor");
  await visitBooth(visitor.cookie, mine);
  await visitBooth(visitor.cookie, mine);
  await visitBooth(second.cookie, mine);
});

afterAll(() => server.close());

describe("GET /cabinet/:exhibitorId/stats.xlsx", () => {
  it("gives the exhibitor's team a workbook whose first sheet sums up the chosen days", async () => {
    const response = await get(`/cabinet/${mine}/stats.xlsx?from=${today}&to=${today}`, staff.cookie);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(response.headers.get("content-disposition")).toContain(".xlsx");
    const book = await readXlsx(await response.arrayBuffer());
    expect(book.sheetName).toBe("Сводка");
    const summary = new Map(book.rows.map(([label = "", value = ""]) => [label, value]));
    expect(summary.get("Период")).toBe(`${today} – ${today}`);
    expect(summary.get("Посещения стенда")).toBe("3");
    expect(summary.get("Уникальные посетители за период")).toBe("2");
    expect(book.headerBold).toBe(true);
  });

  it("refuses people who are not signed in (401), visitors and another exhibitor's staff (403)", async () => {
    const noSession = await get(`/cabinet/${mine}/stats.xlsx`);
    expect(noSession.status).toBe(401);
    expect(await noSession.text()).toMatch(/[А-Яа-я]/);
    expect((await get(`/cabinet/${mine}/stats.xlsx`, visitor.cookie)).status).toBe(403);
    const other = await get(`/cabinet/${mine}/stats.csv`, otherStaff.cookie, "en");
    expect(other.status).toBe(403);
    expect(await other.text()).not.toContain("Visits");
  });

  it("refuses a reversed period with the reason in the reader's language", async () => {
    const response = await get(
      `/cabinet/${mine}/stats.xlsx?from=2026-11-25&to=2026-11-24`,
      staff.cookie,
      "en",
    );
    expect(response.status).toBe(400);
    expect(await response.text()).toBe("The period must end on or after the day it starts.");
  });
});

describe("GET /cabinet/:exhibitorId/stats.csv", () => {
  it("sends the days as UTF-8 CSV with a BOM", async () => {
    const response = await get(`/cabinet/${mine}/stats.csv?from=${today}&to=${today}`, staff.cookie, "en");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = readCsv(new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes.subarray(3)));
    expect(rows[0]?.slice(0, 3)).toEqual(["Day", "Visits", "Unique visitors"]);
    expect(rows.slice(1)).toEqual([[today, "3", "2", "0", "0", "0", "0"]]);
  });
});
