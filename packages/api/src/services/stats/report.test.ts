/** The statistics report as a person opens it: four sheets in their language, the days as CSV. */
import { TEST_ENGINES } from "@pavilion/db/testing";
import type { SessionUser } from "@pavilion/schema";
import ExcelJS from "exceljs";
import { describe, expect } from "vitest";
import { readCsv, type TestApi } from "../../testing/index.ts";
import { loadSessionUser } from "../auth/accounts.ts";
import { useCabinetTestApi } from "../cabinet/test-fixtures.ts";
import { statsReportFile } from "./report.ts";
import {
  at,
  companyOn,
  download,
  insertMaterial,
  insertSession,
  leave,
  type Person,
  registerFor,
  visit,
} from "./test-fixtures.ts";

/** Every sheet of the workbook: its name and its cells as shown. */
async function sheetsOf(body: Buffer): Promise<Map<string, string[][]>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(body).buffer);
  const sheets = new Map<string, string[][]>();
  for (const sheet of workbook.worksheets) {
    const rows: string[][] = [];
    sheet.eachRow((row) => {
      const cells: string[] = [];
      for (let column = 1; column <= sheet.columnCount; column++) cells.push(row.getCell(column).text);
      rows.push(cells);
    });
    sheets.set(sheet.name, rows);
  }
  return sheets;
}

describe.each(TEST_ENGINES)("the statistics report on %s", (engine) => {
  let t: TestApi;
  let owner: Person;
  let acme: string;
  let ownerUser: SessionUser | null;

  const run = useCabinetTestApi(engine, async (api) => {
    ({ t } = api);
    owner = await t.signedIn({ name: "Olga Owner" });
    acme = await companyOn(owner, api.organiser, "food", { ru: "Акме", en: "Acme" });
    ownerUser = await loadSessionUser(t.db, owner.userId);
    const [anna, boris] = [await t.signedIn(), await t.signedIn()];
    const priceList = await insertMaterial(t.db, acme, { ru: "Прайс-лист", en: "Price list" });
    const [heard = ""] = (
      await api.organiser.api.registration.saveHeardFromOptions({
        options: [{ label: { ru: "От коллег", en: "From colleagues" } }],
      })
    ).map((option) => option.id);
    const webinar = await insertSession(t.db, api.expo.exhibitionId, {
      ...{ exhibitorId: acme, startsAt: "2026-11-27T07:00:00.000Z", title: "Станки с ЧПУ" },
    });
    at(t, "2026-11-23T09:00:00.000Z");
    await visit(anna, acme);
    await visit(boris, acme);
    await download(t, anna, priceList);
    at(t, "2026-11-23T09:10:00.000Z");
    await leave(anna, acme, 300);
    at(t, "2026-11-24T09:00:00.000Z");
    await visit(anna, acme);
    const annaAt = await registerFor(anna, webinar, heard);
    await registerFor(boris, webinar, heard);
    await owner.api.registration.checkIn({ registrationId: annaAt, present: true });
  });

  run("gives the team a workbook with a summary, days, materials and webinars in Russian", async () => {
    const file = await statsReportFile(t.db, ownerUser, { exhibitorId: acme }, "ru", "xlsx", t.clock.now);
    expect(file.fileName).toBe("Статистика стенда — Акме — 2026-11-20–2026-11-30.xlsx");
    const sheets = await sheetsOf(file.body);
    expect([...sheets.keys()]).toEqual(["Сводка", "По дням", "Материалы", "Вебинары"]);
    const summary = new Map((sheets.get("Сводка") ?? []).map(([label = "", value = ""]) => [label, value]));
    expect(summary.get("Компания")).toBe("Акме");
    expect(summary.get("Период")).toBe("2026-11-20 – 2026-11-30");
    expect(summary.get("Посещения стенда")).toBe("3");
    expect(summary.get("Уникальные посетители за период")).toBe("2");
    expect(summary.get("Время на стенде, минут")).toBe("5");
    expect(summary.get("Скачивания")).toBe("1");
    expect(summary.get("Просмотры 3D-моделей")).toBe("0");
    expect(summary.get("Время в туре, минут")).toBe("0");
    const days = sheets.get("По дням") ?? [];
    expect(days[0]).toEqual([
      ...["День", "Посещения", "Уникальные посетители", "Время на стенде, минут"],
      ...["Скачивания", "Просмотры видео", "Сообщения в чате"],
    ]);
    expect(days.slice(1).find((row) => row[0] === "2026-11-23")).toEqual([
      "2026-11-23",
      "2",
      "2",
      "5",
      "1",
      "0",
      "0",
    ]);
    expect(
      days
        .slice(1)
        .find((row) => row[0] === "2026-11-24")
        ?.slice(0, 3),
    ).toEqual(["2026-11-24", "1", "1"]);
    expect(sheets.get("Материалы")).toEqual([
      ["Материал", "Скачивания"],
      ["Прайс-лист", "1"],
    ]);
    expect(sheets.get("Вебинары")).toEqual([
      ["Вебинар", "Начало (Europe/Moscow)", "Зарегистрировались", "Пришли", "Явка, %"],
      ["Станки с ЧПУ", "2026-11-27 10:00", "2", "1", "50"],
    ]);
  });

  run("gives the chosen days as CSV with English headers", async () => {
    const period = { exhibitorId: acme, from: "2026-11-23", to: "2026-11-24" };
    const file = await statsReportFile(t.db, ownerUser, period, "en", "csv", t.clock.now);
    expect(file.fileName).toBe("Booth statistics — Acme — 2026-11-23–2026-11-24.csv");
    const rows = readCsv(file.body.toString("utf8").replace(/^\uFEFF/, ""));
    expect(rows).toEqual([
      [
        "Day",
        "Visits",
        "Unique visitors",
        "Time at the booth, minutes",
        "Downloads",
        "Video plays",
        "Chat messages",
      ],
      ["2026-11-23", "2", "2", "5", "1", "0", "0"],
      ["2026-11-24", "1", "1", "0", "0", "0", "0"],
    ]);
  });

  run("is for the exhibitor's team only, and refuses bad periods", async () => {
    const refusal = (
      user: SessionUser | null,
      request: { exhibitorId: string; from?: string; to?: string },
    ) =>
      statsReportFile(t.db, user, request, "en", "xlsx", t.clock.now).then(
        () => "given",
        (error: { code?: string }) => error.code,
      );
    const stranger = await t.signedIn();
    expect(await refusal(null, { exhibitorId: acme })).toBe("auth.signInRequired");
    expect(await refusal(await loadSessionUser(t.db, stranger.userId), { exhibitorId: acme })).toBe(
      "auth.forbidden",
    );
    expect(await refusal(ownerUser, { exhibitorId: acme, from: "23.11.2026" })).toBe("validation.invalid");
    expect(await refusal(ownerUser, { exhibitorId: acme, from: "2026-11-24", to: "2026-11-23" })).toBe(
      "analytics.periodReversed",
    );
  });
});
