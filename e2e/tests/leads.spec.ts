/**
 * Leads, driven like people: a fresh visitor visits the demo company's booth, downloads a material,
 * leaves contacts, registers for the company's webinar and joins its room (attendance comes from
 * the real LiveKit server's webhooks); a second fresh visitor only passes by. The company's owner finds the first
 * visitor's lead, warm, with its warmth explained line by line; the passer-by is no lead at all.
 * The owner exports the leads (.xlsx, the row is there with the e-mail), marks the lead
 * "contacted" and adds a note.
 */
import type { Page } from "@playwright/test";
import ExcelJS from "exceljs";
import { expect, PASSWORD, test, uniqueEmail, uniqueName } from "../fixtures.ts";
import { webinarChat } from "../support/chat.ts";
import { comingWebinarOf, openEnglishPage } from "../support/people.ts";
import { trpcMutation, trpcQuery } from "../support/trpc.ts";

const OWNER = { email: "exhibitor@demo.pavilion", password: "pavilion-demo" };

/** Points a booth visit earns (DEFAULT_WARMTH_WEIGHTS): the most a passer-by could have. */
const BOOTH_VISIT_POINTS = 3;

/** Signs a new person up in the page's context (so the page is signed in); returns name and e-mail. */
async function newVisitor(page: Page, first: string): Promise<{ name: string; email: string }> {
  const person = { name: uniqueName(first), email: uniqueEmail("leads") };
  await trpcMutation(page.request, "auth.signUp", { ...person, password: PASSWORD, locale: "en" });
  return person;
}

/** Opens the booth page by its address and waits until the visit is recorded. */
async function visitBooth(page: Page, exhibitorId: string): Promise<void> {
  const recorded = page.waitForResponse(
    (response) => response.url().includes("visitor.recordBoothVisit") && response.ok(),
  );
  await page.goto(`/booths/${exhibitorId}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await recorded;
}

test("a visitor who downloads and leaves contacts becomes a warm lead; the owner exports it, marks it contacted and notes it", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(150_000);
  const owner = await openEnglishPage(browser, baseURL);
  const me = await trpcMutation<{ name: string; memberships: { exhibitorId: string; role: string }[] }>(
    owner.request,
    "auth.signIn",
    OWNER,
  );
  const exhibitorId = me.memberships.find((each) => each.role === "owner")?.exhibitorId ?? "";
  expect(exhibitorId).not.toBe("");

  // The first visitor: the booth, a material, their contacts.
  const visitor = await openEnglishPage(browser, baseURL);
  const vera = await newVisitor(visitor, "Vera");
  await visitBooth(visitor, exhibitorId);
  const company = ((await visitor.getByRole("heading", { level: 1 }).textContent()) ?? "").trim();
  const downloadLink = visitor.getByRole("link", { name: /^Download / }).first();
  const material = ((await downloadLink.textContent()) ?? "").replace(/^Download\s*/, "").trim();
  expect(material).not.toBe("");
  const download = visitor.waitForEvent("download");
  await downloadLink.click();
  await download;
  await visitor.getByRole("button", { name: "Leave my contacts" }).click();
  const card = visitor.getByRole("region", { name: "Leave my contacts" });
  await expect(card.getByLabel("E-mail", { exact: true })).toHaveValue(vera.email);
  await card.getByLabel(`I agree to share these personal data with ${company}`).check();
  await card.getByRole("button", { name: "Send my contacts" }).click();
  await expect(card.getByRole("status")).toContainText(`Your contacts were sent to ${company}`);

  // Vera registers for the company's webinar and joins its room for a moment.
  const webinar = await comingWebinarOf(owner.request, exhibitorId);
  const formState = await trpcQuery<{ heardFromOptions: { id: string }[] }>(
    visitor.request,
    "registration.formState",
    { eventId: webinar.id },
  );
  await trpcMutation(visitor.request, "registration.register", {
    eventId: webinar.id,
    shareContacts: true,
    form: {
      ...{ lastName: "Smirnova", firstName: "Vera", company: "Northwind", position: "Buyer" },
      ...{ email: vera.email, phone: "+7 912 345-67-89", heardFrom: formState.heardFromOptions[0]?.id },
    },
  });
  await visitor.goto(`/events/${webinar.id}/live`);
  await webinarChat.waitUntilLive(visitor, 45_000);
  await visitor.goto("/");

  // The owner opens Leads from the cabinet and finds Vera by her e-mail.
  await owner.goto(`/cabinet/${exhibitorId}`);
  await owner
    .getByRole("navigation", { name: "Company sections" })
    .getByRole("link", { name: "Leads" })
    .click();
  await expect(owner).toHaveURL(new RegExp(`/cabinet/${exhibitorId}/leads`));
  await expect(owner.getByRole("heading", { level: 2, name: "Leads" })).toBeVisible();
  await owner.getByRole("searchbox", { name: "Search" }).fill(vera.email);
  await expect(owner).toHaveURL(/[?&]search=/);
  const row = owner.getByTestId("lead-row").filter({ hasText: vera.name });
  await expect(row).toHaveCount(1, { timeout: 20_000 });
  const warmth = Number(await row.getByTestId("lead-warmth").getAttribute("data-warmth"));
  expect(warmth).toBeGreaterThan(BOOTH_VISIT_POINTS);
  await expect(row).toContainText("Left contacts");

  // The second visitor only passes by: no lead comes of it.
  // The count is read from the API: the table may still show the filtered count for a moment.
  const leadsTotal = async () =>
    (await trpcQuery<{ total: number }>(owner.request, "leads.list", { exhibitorId, limit: 1 })).total;
  await owner.getByRole("button", { name: "Clear filters" }).click();
  await expect(owner).not.toHaveURL(/[?&]search=/);
  const before = await leadsTotal();
  const passer = await openEnglishPage(browser, baseURL);
  const pavel = await newVisitor(passer, "Pavel");
  await visitBooth(passer, exhibitorId);
  expect(await leadsTotal()).toBe(before);
  await owner.reload();
  await expect(owner.getByTestId("leads-count")).toHaveAttribute("data-total", String(before));
  await expect(owner.getByTestId("lead-row").filter({ hasText: pavel.name })).toHaveCount(0);

  // The card explains the warmth line by line.
  await owner.getByRole("searchbox", { name: "Search" }).fill(vera.email);
  await owner.getByRole("link", { name: vera.name }).click();
  const dialog = owner.getByRole("dialog", { name: `Lead: ${vera.name}` });
  await expect(dialog).toBeVisible();
  const lines = dialog.getByTestId("warmth-line");
  await expect(lines.filter({ hasText: "Visited the booth" })).not.toHaveCount(0);
  await expect(lines.filter({ hasText: `Downloaded ${material}` })).toHaveCount(1);
  await expect(lines.filter({ hasText: "Left contacts" })).toHaveCount(1);
  await expect(lines.filter({ hasText: "Registered for" })).toHaveCount(1);
  // Joining is recorded from LiveKit's webhook, a moment after the room is joined.
  await expect(async () => {
    await owner.reload();
    await expect(lines.filter({ hasText: "Joined" })).toHaveCount(1, { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await expect(dialog.getByTestId("lead-contacts")).toContainText(vera.email);
  await expect(dialog).toContainText("Points halve every 14 days");

  // Status and a note.
  await dialog.getByLabel("Status").selectOption({ label: "Contacted" });
  await expect(dialog.getByLabel("Status")).toHaveValue("contacted");
  const note = `Called ${vera.name}: wants a demo next week.`;
  await dialog.getByLabel("New note").fill(note);
  await dialog.getByRole("button", { name: "Add note" }).click();
  const notes = dialog.getByTestId("lead-notes");
  await expect(notes).toContainText(note);
  await expect(notes).toContainText(me.name);

  // Escape closes the card and the table shows the new status.
  await owner.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(owner).toHaveURL(new RegExp(`/cabinet/${exhibitorId}/leads\\?`));
  await expect(row).toContainText("Contacted");
  await expect(row).toContainText("1 note");

  // The export carries the filter: Vera's row, with her e-mail.
  const [file] = await Promise.all([
    owner.waitForEvent("download"),
    owner.getByTestId("leads-export-xlsx").click(),
  ]);
  expect(file.suggestedFilename()).toMatch(/\.xlsx$/);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(await file.path());
  const sheet = book.worksheets[0];
  if (!sheet) throw new Error("the workbook has no sheet");
  const rows: string[][] = [];
  sheet.eachRow((each) => {
    rows.push((each.values as unknown[]).slice(1).map((value) => String(value ?? "")));
  });
  const veraRows = rows.filter((cells) => cells.includes(vera.email));
  expect(veraRows).toHaveLength(1);
  expect(veraRows[0]).toContain(vera.name);
  expect(rows.some((cells) => cells.includes(pavel.email))).toBe(false);
});
