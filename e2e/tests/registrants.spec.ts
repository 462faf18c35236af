/**
 * Registrants from the host's side (issue 6): a pre-moderated webinar of the demo company; a visitor
 * applies; the company's owner opens the registrants from the cabinet, accepts the application (the
 * visitor's status becomes accepted and the acceptance letter arrives with its .ics) and rejects
 * another with a reason, registers a caller with a Russian name by phone, then downloads the .xlsx,
 * which opens with exactly this event's rows and the Cyrillic intact.
 *
 * The webinar is new (the demo webinar's rules stay as webinar.spec expects), written into the
 * app's database: there is no API for a company to create webinars yet.
 */
import { randomUUID } from "node:crypto";
import { dirname, join } from "node:path";
import { openDatabase, sqliteFileFromDataDir } from "@pavilion/db";
import type { APIRequestContext, Browser, Page } from "@playwright/test";
import ExcelJS from "exceljs";
import { simpleParser } from "mailparser";
import { expect, mailsTo, PASSWORD, test, uniqueEmail } from "../fixtures.ts";
import { E2E_ENV } from "../support/env.ts";
import { openEnglishPage } from "../support/people.ts";
import { trpcMutation, trpcQuery } from "../support/trpc.ts";

const DEMO_PASSWORD = "pavilion-demo";

/** Global setup puts the app's data folder beside the mail folder (see global-setup.ts). */
function appDataDir(): string {
  const mailDir = process.env[E2E_ENV.mailDir];
  if (!mailDir) throw new Error(`${E2E_ENV.mailDir} is not set: did global setup run?`);
  return join(dirname(mailDir), "data");
}

/** A pre-moderated, approved webinar of the company in 5 days, with seats to spare. */
async function createPremoderatedWebinar(exhibitorId: string, title: { ru: string; en: string }) {
  const db = openDatabase({ sqliteFile: sqliteFileFromDataDir(appDataDir()) });
  try {
    const exhibition = await db.selectFrom("exhibitions").select("id").executeTakeFirstOrThrow();
    const now = new Date();
    const startsAt = new Date(now.getTime() + 5 * 86_400_000);
    const id = randomUUID();
    await db
      .insertInto("events")
      .values({
        id,
        exhibition_id: exhibition.id,
        exhibitor_id: exhibitorId,
        kind: "webinar",
        format: "master_class",
        stream: null,
        title_ru: title.ru,
        title_en: title.en,
        description_ru: "Как набирать студентов онлайн.",
        description_en: "How to recruit students online.",
        starts_at: startsAt.toISOString(),
        ends_at: new Date(startsAt.getTime() + 90 * 60_000).toISOString(),
        timezone: "Europe/Moscow",
        capacity: 20,
        registration_mode: "premoderated",
        access: "everyone",
        status: "approved",
        created_at: now.toISOString(),
        updated_at: now.toISOString(),
        ended_at: null,
        recording_file_id: null,
        recording_egress_id: null,
        review_note: null,
        approved_at: now.toISOString(),
      })
      .execute();
    return id;
  } finally {
    await db.destroy();
  }
}

/** The exhibition's "how did you hear about it" choices; the organiser adds some if there are none. */
async function heardFromChoice(request: APIRequestContext): Promise<string> {
  await trpcMutation(request, "auth.signIn", { email: "organiser@demo.pavilion", password: DEMO_PASSWORD });
  let options = await trpcQuery<{ id: string }[]>(request, "registration.heardFromOptions");
  if (options.length === 0) {
    options = await trpcMutation<{ id: string }[]>(request, "registration.saveHeardFromOptions", {
      options: [
        { label: { ru: "От коллег", en: "From colleagues" } },
        { label: { ru: "Рассылка выставки", en: "The exhibition's newsletter" } },
      ],
    });
  }
  const first = options[0];
  if (!first) throw new Error("no heard-from choices");
  return first.id;
}

interface Applicant {
  page: Page;
  email: string;
  firstName: string;
  lastName: string;
  registrationId: string;
}

/** A new visitor signs up and applies in English through the API (the form itself is another spec's business). */
async function applicant(
  browser: Browser,
  baseURL: string | undefined,
  eventId: string,
  heardFrom: string,
  name: { firstName: string; lastName: string },
): Promise<Applicant> {
  // The language a person reads the site in is the language of their letters.
  const context = await browser.newContext({ baseURL, extraHTTPHeaders: { "x-pavilion-locale": "en" } });
  const page = await context.newPage();
  const email = uniqueEmail("applicant");
  await trpcMutation(page.request, "auth.signUp", {
    name: `${name.firstName} ${name.lastName}`,
    email,
    password: PASSWORD,
    locale: "en",
  });
  const mine = await trpcMutation<{ id: string; status: string }>(page.request, "registration.register", {
    eventId,
    form: {
      ...name,
      company: "Northern College",
      position: "Admissions officer",
      email,
      phone: "+44 20 7946 0958",
      heardFrom,
    },
  });
  expect(mine.status).toBe("pending");
  return { page, email, ...name, registrationId: mine.id };
}

async function myStatus(person: Applicant, eventId: string): Promise<string | undefined> {
  const state = await trpcQuery<{ mine: { status: string } | null }>(
    person.page.request,
    "registration.formState",
    {
      eventId,
    },
  );
  return state.mine?.status;
}

test("the host accepts and rejects applications, registers a caller by phone and exports the list with Russian names", async ({
  browser,
  baseURL,
  request,
}) => {
  test.setTimeout(120_000);
  const host = await openEnglishPage(browser, baseURL);
  const me = await trpcMutation<{ name: string; memberships: { exhibitorId: string }[] }>(
    host.request,
    "auth.signIn",
    {
      email: "exhibitor@demo.pavilion",
      password: DEMO_PASSWORD,
    },
  );
  const exhibitorId = me.memberships[0]?.exhibitorId ?? "";
  const suffix = randomUUID().slice(0, 6);
  const title = { ru: `Мастер-класс ${suffix}`, en: `Master class ${suffix}` };
  const eventId = await createPremoderatedWebinar(exhibitorId, title);
  const heardFrom = await heardFromChoice(request);

  const anna = await applicant(browser, baseURL, eventId, heardFrom, {
    firstName: "Anna",
    lastName: `Keller${suffix}`,
  });
  const boris = await applicant(browser, baseURL, eventId, heardFrom, {
    firstName: "Boris",
    lastName: `Lang${suffix}`,
  });

  // From the cabinet's Live tab to the webinar's registrants.
  await host.goto(`/cabinet/${exhibitorId}/live`);
  const webinar = host.getByTestId("live-webinar").filter({ hasText: title.en });
  await webinar.getByRole("link", { name: `Registrants of ${title.en}: 2` }).click();
  await expect(host).toHaveURL(new RegExp(`/events/${eventId}/registrants$`));
  await expect(host.getByRole("heading", { level: 1, name: title.en })).toBeVisible();
  const turnout = host.getByTestId("turnout");
  await expect(turnout.getByText("Registered", { exact: true }).locator("..")).toContainText("2");
  await expect(turnout.getByText("Waiting", { exact: true }).locator("..")).toContainText("2");

  const rowOf = (person: Applicant) =>
    host.getByTestId("registrant").filter({ hasText: `${person.firstName} ${person.lastName}` });
  await expect(rowOf(anna)).toContainText("Waiting for decision");
  await expect(rowOf(anna)).toContainText("Decide by");

  // Accept Anna: her status becomes accepted and the acceptance letter arrives with the .ics.
  await rowOf(anna)
    .getByRole("button", { name: `Accept Anna ${anna.lastName}` })
    .click();
  await expect(host.getByText(`Anna ${anna.lastName} is accepted`)).toBeVisible();
  await expect(rowOf(anna)).toContainText("Accepted");
  await expect(rowOf(anna).getByRole("checkbox", { name: `Anna ${anna.lastName} arrived` })).toBeVisible();
  await expect.poll(() => myStatus(anna, eventId)).toBe("accepted");
  // She got "application received" first; the acceptance letter follows.
  const acceptanceOf = async () => {
    for (const raw of mailsTo(anna.email)) {
      const mail = await simpleParser(raw);
      if (mail.subject?.startsWith("Your application is accepted")) return mail;
    }
    return null;
  };
  await expect.poll(async () => (await acceptanceOf()) !== null, { timeout: 15_000 }).toBe(true);
  const accepted = await acceptanceOf();
  expect(accepted?.subject).toContain(title.en);
  expect(accepted?.attachments.map((file) => file.filename)).toContain("event.ics");

  // Reject Boris with a reason, through the dialog that shows the deadline.
  await rowOf(boris)
    .getByRole("button", { name: `Reject Boris ${boris.lastName}` })
    .click();
  const dialog = host.getByRole("dialog", { name: `Reject Boris ${boris.lastName}` });
  await expect(dialog).toContainText("Rejection is possible until");
  await dialog.getByRole("button", { name: "Reject", exact: true }).click();
  await expect(dialog.getByText("Reason: this field is required.")).toBeVisible();
  await dialog.getByLabel("Reason for the applicant").fill("This master class is for school teachers only.");
  await dialog.getByRole("button", { name: "Reject", exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(rowOf(boris)).toContainText("Rejected");
  await expect(rowOf(boris)).toContainText("This master class is for school teachers only.");
  await expect.poll(() => myStatus(boris, eventId)).toBe("rejected");

  // Anna arrives at the desk.
  await rowOf(anna)
    .getByRole("checkbox", { name: `Anna ${anna.lastName} arrived` })
    .check();
  await expect(rowOf(anna)).toContainText("Checked in");
  await expect(turnout.getByText("Attended", { exact: true }).locator("..")).toContainText("1");

  // A caller with a Russian name, registered by phone through the same form.
  const caller = { lastName: `Сидорова${suffix}`, firstName: "Ольга", company: "Гимназия «Логос»" };
  await host.getByRole("button", { name: "Register a person (phone)" }).click();
  const phone = host.getByRole("dialog", { name: "Register a person who called" });
  await phone.getByLabel("Last name").fill(caller.lastName);
  await phone.getByLabel("First name").fill(caller.firstName);
  await phone.getByLabel("Company").fill(caller.company);
  await phone.getByLabel("Position").fill("Директор");
  await phone.getByLabel("E-mail").fill(uniqueEmail("caller"));
  await phone.getByLabel("Phone").fill("8 (912) 345-67-89");
  await phone.getByLabel("How did you hear about the event?").selectOption({ index: 1 });
  await phone.getByRole("button", { name: "Register this person" }).click();
  await expect(phone).toBeHidden();
  const callerRow = host.getByTestId("registrant").filter({ hasText: caller.lastName });
  await expect(callerRow).toContainText("Accepted");
  await expect(callerRow).toContainText(`By phone (${me.name})`);

  // The status tabs and the search live in the address.
  await host.getByRole("link", { name: "Rejected: 1" }).click();
  await expect(host).toHaveURL(/status=rejected/);
  await expect(host.getByTestId("registrant")).toHaveCount(1);
  await host.getByRole("link", { name: /^All: / }).click();
  await host.getByRole("searchbox", { name: "Search registrants" }).fill("Сидорова");
  await expect(host).toHaveURL(/q=/);
  await expect(host.getByTestId("registrant")).toHaveCount(1);
  await host.getByRole("link", { name: /^All: / }).click();

  // The .xlsx: this event's three registrants, Cyrillic intact.
  const [download] = await Promise.all([
    host.waitForEvent("download"),
    host.getByRole("link", { name: "Download the registrants as an Excel file" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(await download.path());
  const sheet = book.worksheets[0];
  if (!sheet) throw new Error("the workbook has no sheet");
  const rows: string[][] = [];
  sheet.eachRow((row) => {
    rows.push((row.values as unknown[]).slice(1).map((value) => String(value ?? "")));
  });
  const [header = [], ...body] = rows;
  const column = (name: string) => header.indexOf(name);
  expect(column("Last name")).toBeGreaterThanOrEqual(0);
  expect(body).toHaveLength(3);
  const byLastName = new Map(body.map((row) => [row[column("Last name")], row]));
  expect(byLastName.get(caller.lastName)?.[column("First name")]).toBe("Ольга");
  expect(byLastName.get(caller.lastName)?.[column("Company")]).toBe("Гимназия «Логос»");
  expect(byLastName.get(caller.lastName)?.[column("Status")]).toBe("Accepted");
  expect(byLastName.get(anna.lastName)?.[column("Status")]).toBe("Accepted");
  expect(byLastName.get(boris.lastName)?.[column("Status")]).toBe("Rejected");
});
