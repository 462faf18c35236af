/** The registrants' export: who may take it, its rows in each language and zone, and the files read back. */
import { postgresAvailableForTests, TEST_ENGINES } from "@pavilion/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApi, type TestApi } from "../../testing/index.ts";
import { loadSessionUser } from "../auth/accounts.ts";
import { addStaff } from "../events/test-fixtures.ts";
import { insertExhibition, insertExhibitor } from "../floor/test-fixtures.ts";
import { insertRegistration, insertSession } from "../programme/test-fixtures.ts";
import { readCsv, readXlsx } from "./read-back.ts";
import { registrantExport } from "./registrant-export.ts";
import { loadRegistrants, openRegistrantExport, type Registrant, registrantTable } from "./registrants.ts";
import { csvOf, xlsxOf } from "./spreadsheet.ts";

const event = { title_ru: "Вебинар «Станки»", title_en: "Machine tools", timezone: "Asia/Yekaterinburg" };

const registrant: Registrant = {
  ...{ lastName: "Щукина", firstName: "Ёлка", company: 'ООО "Север", филиал', position: "Инженер" },
  ...{
    email: "Elka@Example.TEST",
    phone: "+7 (912) 345-67-89",
    heardFrom: { ru: "Коллеги", en: "Colleagues" },
  },
  ...{ status: "rejected", reason: "Мест нет\nсовсем", createdAt: "2026-11-23T19:30:00.000Z" },
  ...{ registeredBy: "Дмитрий Попов", attendedAt: null, checkedInAt: "2026-11-24T05:00:00.000Z" },
};

describe("registrantTable", () => {
  it("names the columns in Russian and writes times in the event's zone", () => {
    const table = registrantTable(event, [registrant], "ru");
    expect(table.headers.slice(0, 7)).toEqual([
      ...["Фамилия", "Имя", "Компания", "Должность", "E-mail", "Телефон", "Откуда узнал(а)"],
    ]);
    expect(table.headers[9]).toBe("Дата регистрации (Asia/Yekaterinburg)");
    expect(table.rows).toEqual([
      [
        ...["Щукина", "Ёлка", 'ООО "Север", филиал', "Инженер", "Elka@Example.TEST", "+7 (912) 345-67-89"],
        ...["Коллеги", "Отклонена", "Мест нет\nсовсем", "2026-11-24 00:30", "Дмитрий Попов", ""],
        "2026-11-24 10:00",
      ],
    ]);
    expect(table.fileBaseName).toBe("Участники — Вебинар «Станки»");
  });

  it("speaks English to an English speaker, and says who registered themselves", () => {
    const table = registrantTable(event, [{ ...registrant, registeredBy: null, status: "pending" }], "en");
    expect(table.headers[0]).toBe("Last name");
    expect(table.rows[0]?.[6]).toBe("Colleagues");
    expect(table.rows[0]?.[7]).toBe("Awaiting approval");
    expect(table.rows[0]?.[10]).toBe("Themselves");
  });
});

describe("the files", () => {
  const table = registrantTable(event, [registrant, { ...registrant, lastName: "=HYPERLINK(1)" }], "ru");

  it("writes an .xlsx with a bold frozen header, an autofilter, readable widths and Cyrillic intact", async () => {
    const book = await readXlsx(await xlsxOf(table));
    expect(book.sheetName).toBe("Участники");
    expect(book.rows[0]).toEqual(table.headers);
    expect(book.rows[1]).toEqual(table.rows[0]);
    expect(book.rows[2]?.[0]).toBe("=HYPERLINK(1)");
    expect(book.headerBold).toBe(true);
    expect(book.frozenRows).toBe(1);
    expect(book.autoFilter).toContain("A1");
    expect(Math.min(...book.widths)).toBeGreaterThanOrEqual(8);
    expect(book.widths[2]).toBeGreaterThan(book.widths[1] ?? 0);
  });

  it("writes CSV with a BOM, CRLF, quotes where needed and formulas defused", () => {
    const bytes = csvOf(table);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString("utf8").slice(1);
    expect(text).toContain("\r\n");
    expect(text).toContain('"ООО ""Север"", филиал"');
    const rows = readCsv(text);
    expect(rows[0]).toEqual(table.headers);
    expect(rows[1]?.slice(0, 5)).toEqual(table.rows[0]?.slice(0, 5));
    expect(rows[1]?.[8]).toBe("Мест нет\nсовсем");
    // A spreadsheet would run these; the apostrophe makes them text.
    expect(rows[1]?.[5]).toBe("'+7 (912) 345-67-89");
    expect(rows[2]?.[0]).toBe("'=HYPERLINK(1)");
  });
});

describe.each(TEST_ENGINES)("the export on %s", (engine) => {
  let t: TestApi;
  const skip = engine === "postgres" && !postgresAvailableForTests();
  const run = skip ? it.skip : it;
  let webinar: string;
  let session: string;
  let staff: Awaited<ReturnType<TestApi["signedIn"]>>;

  beforeAll(async () => {
    if (skip) return;
    t = await createTestApi(engine);
    const { exhibitionId, food } = await insertExhibition(t.db);
    const acme = await insertExhibitor(t.db, exhibitionId, { slug: "acme", floorId: food });
    staff = await t.signedIn({ name: "Дмитрий Попов" });
    await addStaff(t.db, acme, staff.userId);
    webinar = await insertSession(t.db, exhibitionId, { exhibitor_id: acme, kind: "webinar" });
    session = await insertSession(t.db, exhibitionId, { title_en: "Organiser's session" });
    const option = crypto.randomUUID();
    await t.db
      .insertInto("heard_from_options")
      .values({
        ...{ id: option, exhibition_id: exhibitionId, label_ru: "Соцсети", label_en: "Social networks" },
        ...{ position: 0, archived_at: null, created_at: "2026-11-01T00:00:00.000Z" },
      })
      .execute();
    await insertRegistration(t.db, webinar, { lastName: "Второва", createdAt: "2026-11-02T00:00:00.000Z" });
    await insertRegistration(t.db, webinar, {
      ...{ lastName: "Первова", createdAt: "2026-11-01T00:00:00.000Z", heardFrom: option },
      registeredBy: staff.userId,
    });
    await insertRegistration(t.db, session, { lastName: "Чужой" });
  });
  afterAll(() => t?.close());

  run(
    "gives an event's own registrants only, oldest first, with the choice's label and the staff's name",
    async () => {
      const rows = await loadRegistrants(t.db, webinar);
      expect(rows.map((r) => r.lastName)).toEqual(["Первова", "Второва"]);
      expect(rows[0]?.heardFrom).toEqual({ ru: "Соцсети", en: "Social networks" });
      expect(rows[0]?.registeredBy).toBe("Дмитрий Попов");
      expect(rows[1]?.registeredBy).toBeNull();
    },
  );

  run("lets the exhibitor's team and organisers export, and nobody else", async () => {
    const organiser = await t.signedIn({ role: "organiser" });
    const stranger = await t.signedIn();
    const userOf = (id: string) => loadSessionUser(t.db, id);
    expect((await openRegistrantExport(t.db, await userOf(staff.userId), webinar)).id).toBe(webinar);
    expect((await openRegistrantExport(t.db, await userOf(organiser.userId), session)).id).toBe(session);
    await expect(openRegistrantExport(t.db, await userOf(staff.userId), session)).rejects.toMatchObject({
      code: "auth.forbidden",
    });
    await expect(openRegistrantExport(t.db, await userOf(stranger.userId), webinar)).rejects.toMatchObject({
      code: "auth.forbidden",
    });
    await expect(openRegistrantExport(t.db, null, webinar)).rejects.toMatchObject({
      code: "auth.signInRequired",
    });
    await expect(
      registrantExport(t.db, await userOf(staff.userId), crypto.randomUUID(), "ru", "csv"),
    ).rejects.toMatchObject({ code: "notFound" });
  });
});
