/** Lead exports over real HTTP: filters from the query string, contacts only with consent, who may take them. */
import { readCsv, readXlsx } from "@pavilion/api/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertCompany, startTestServer, type TestServer } from "../test-server.ts";

let server: TestServer;
let staff: { userId: string; cookie: string };
let otherStaff: { userId: string; cookie: string };
let visitor: { userId: string; cookie: string };
let exhibitorId: string;

async function trpc(path: string, input: unknown, cookie: string) {
  const response = await fetch(`${server.base}/trpc/${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie },
    body: JSON.stringify({ json: input }),
  });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
}

beforeAll(async () => {
  server = await startTestServer();
  staff = await server.signUp("Staff");
  otherStaff = await server.signUp("Other staff");
  visitor = await server.signUp("Visitor");
  ({ exhibitorId } = await insertCompany(server.services, { staff: [staff.userId] }));
  await insertCompany(server.services, { staff: [otherStaff.userId] });
  const card = {
    ...{ exhibitorId, name: "Ольга Щукина", company: "ООО «Север»", position: "Инженер" },
    ...{ email: "olga@example.test", phone: "+7 912 000-11-22", message: "", consent: true },
  };
  await trpc("booth.leaveContacts", card, visitor.cookie);
  const quiet = await server.signUp("Quiet");
  await trpc("chat.send", { exhibitorId, body: "Сколько стоит?" }, quiet.cookie);
});

afterAll(() => server.close());

const get = (path: string, cookie?: string, language = "ru") =>
  fetch(`${server.base}${path}`, { headers: { "accept-language": language, ...(cookie ? { cookie } : {}) } });

function fileNameOf(response: Response): string {
  const header = response.headers.get("content-disposition") ?? "";
  return decodeURIComponent(/filename\*=UTF-8''([^;]+)/.exec(header)?.[1] ?? "");
}

describe("GET /cabinet/:exhibitorId/leads.xlsx", () => {
  it("gives the team every lead, contacts only where the visitor consented, in Russian", async () => {
    const response = await get(`/cabinet/${exhibitorId}/leads.xlsx`, staff.cookie);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(fileNameOf(response)).toBe("Лиды — Компания.xlsx");
    const book = await readXlsx(await response.arrayBuffer());
    expect(book.sheetName).toBe("Лиды");
    expect(book.rows[0]).toEqual([
      ...["Имя", "Компания", "Должность", "E-mail", "Телефон", "Согласие на передачу контактов"],
      ...["Источник", "Статус", "Теплота", "Уровень", "Ответственный"],
      ...["Стал лидом (UTC)", "Последняя активность (UTC)", "Заметки"],
    ]);
    const [consented, hidden] = book.rows.slice(1);
    expect(consented?.slice(0, 10)).toEqual([
      ...["Ольга Щукина", "ООО «Север»", "Инженер", "olga@example.test", "+7 912 000-11-22", "Да"],
      ...["Оставил контакты", "Новый", "30", "Тёплый"],
    ]);
    expect(hidden?.slice(0, 9)).toEqual(["", "", "", "", "", "Нет", "Чат на стенде", "Новый", "5"]);
    expect(book.rows).toHaveLength(3);
    expect(book.headerBold).toBe(true);
  });

  it("applies the table's filters from the query string", async () => {
    const chat = await readXlsx(
      await (await get(`/cabinet/${exhibitorId}/leads.xlsx?source=chat`, staff.cookie)).arrayBuffer(),
    );
    expect(chat.rows.slice(1).map((row) => row[6])).toEqual(["Чат на стенде"]);
    const warm = await get(
      `/cabinet/${exhibitorId}/leads.xlsx?warmth=warm&warmth=hot&search=щукина`,
      staff.cookie,
    );
    const rows = (await readXlsx(await warm.arrayBuffer())).rows.slice(1);
    expect(rows.map((row) => row[0])).toEqual(["Ольга Щукина"]);
    const none = await get(`/cabinet/${exhibitorId}/leads.xlsx?search=Сколько`, staff.cookie);
    expect((await readXlsx(await none.arrayBuffer())).rows).toHaveLength(1);
    expect((await get(`/cabinet/${exhibitorId}/leads.xlsx?status=sold`, staff.cookie)).status).toBe(400);
  });
});

describe("GET /cabinet/:exhibitorId/leads.csv", () => {
  it("sends UTF-8 CSV with English headers to an English reader", async () => {
    const response = await get(
      `/cabinet/${exhibitorId}/leads.csv?sort=name&direction=asc`,
      staff.cookie,
      "en",
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(fileNameOf(response)).toBe("Leads — Company.csv");
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = readCsv(new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes.subarray(3)));
    expect(rows[0]?.slice(0, 6)).toEqual([
      "Name",
      "Company",
      "Position",
      "E-mail",
      "Phone",
      "Consent to share contacts",
    ]);
    expect(rows.slice(1).map((row) => [row[0], row[5], row[6]])).toEqual([
      ["Ольга Щукина", "Yes", "Left contacts"],
      ["", "No", "Chat at the booth"],
    ]);
  });
});

describe("who may export leads", () => {
  it("refuses people not signed in (401), visitors and another exhibitor's staff (403), in both formats", async () => {
    for (const format of ["xlsx", "csv"]) {
      const path = `/cabinet/${exhibitorId}/leads.${format}`;
      const noSession = await get(path);
      expect(noSession.status).toBe(401);
      expect(await noSession.text()).toMatch(/[А-Яа-я]/);
      expect((await get(path, visitor.cookie)).status).toBe(403);
      const other = await get(path, otherStaff.cookie);
      expect(other.status).toBe(403);
      expect(await other.text()).not.toContain("Щукина");
    }
  });
});
