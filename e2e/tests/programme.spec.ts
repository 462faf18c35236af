/**
 * The programme from the visitor's side (issue 6): the demo visitor finds an open webinar in the
 * schedule, opens it, registers through the form with the mandatory fields, sees "accepted" at
 * once, finds it in "my agenda", and the confirmation letter arrives with the event's .ics; a second
 * visitor opens the demo's full event and sees "no seats left" with no form.
 */
import type { APIRequestContext, Page } from "@playwright/test";
import { simpleParser } from "mailparser";
import { expect, test, uniqueEmail, waitForMail } from "../fixtures.ts";
import { openEnglishPage, signUpNewPerson } from "../support/people.ts";
import { trpcMutation, trpcQuery } from "../support/trpc.ts";

const DEMO_PASSWORD = "pavilion-demo";

interface ScheduleEvent {
  id: string;
  kind: "programme" | "webinar" | "meeting";
  title: { ru: string; en: string };
  startsAt: string;
  seatsLeft: number | null;
  registrationMode: "open" | "premoderated";
  status: "approved" | "cancelled";
  myStatus: string | null;
}

interface Schedule {
  timezone: string;
  events: ScheduleEvent[];
}

/** Events that have not started within the next hour, so registration is still open while the test runs. */
function upcoming(events: ScheduleEvent[]): ScheduleEvent[] {
  const soon = Date.now() + 60 * 60_000;
  return events.filter((event) => event.status === "approved" && Date.parse(event.startsAt) > soon);
}

/** The day (YYYY-MM-DD) an event falls on in the exhibition's zone: the schedule's day tabs are cut so. */
function dayOf(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(new Date(iso));
}

/** Makes sure the form has a "how did you hear about it" choice to pick (the demo seeds some). */
async function ensureHeardFromChoices(request: APIRequestContext, eventId: string): Promise<void> {
  const state = await trpcQuery<{ heardFromOptions: unknown[] }>(request, "registration.formState", {
    eventId,
  });
  if (state.heardFromOptions.length > 0) return;
  await trpcMutation(request, "auth.signIn", { email: "organiser@demo.pavilion", password: DEMO_PASSWORD });
  await trpcMutation(request, "registration.saveHeardFromOptions", {
    options: [{ label: { ru: "Коллеги", en: "Colleagues" } }],
  });
  await trpcMutation(request, "auth.signOut", {});
}

const registrationOf = (page: Page) => page.getByRole("region", { name: "Registration" });

test("a visitor registers for a webinar from the schedule, sees it accepted and gets the confirmation with an .ics", async ({
  browser,
  baseURL,
}) => {
  const page = await openEnglishPage(browser, baseURL);
  const schedule = await trpcQuery<Schedule>(page.request, "programme.schedule", { kind: "webinar" });
  const webinar = upcoming(schedule.events).find(
    (event) =>
      event.registrationMode === "open" &&
      (event.seatsLeft === null || event.seatsLeft > 5) &&
      !event.myStatus,
  );
  if (!webinar) throw new Error("the demo has no open upcoming webinar with seats");
  await ensureHeardFromChoices(page.request, webinar.id);
  await trpcMutation(page.request, "auth.signIn", {
    email: "visitor@demo.pavilion",
    password: DEMO_PASSWORD,
  });

  // The schedule: only webinars, then the webinar's day; its card leads to the event's page.
  await page.goto("/programme");
  await expect(page.getByRole("heading", { level: 1, name: "Programme" })).toBeVisible();
  await page.getByLabel("Type", { exact: true }).selectOption({ label: "Exhibitor webinar" });
  await expect(page).toHaveURL(/kind=webinar/);
  const day = dayOf(webinar.startsAt, schedule.timezone);
  const tabs = page.getByRole("tablist", { name: "Days" });
  // The day tabs work from the keyboard: End selects the last day, Home the first.
  await tabs.getByRole("tab", { selected: true }).focus();
  await page.keyboard.press("End");
  await expect(tabs.getByRole("tab").last()).toHaveAttribute("aria-selected", "true");
  await expect(tabs.getByRole("tab").last()).toBeFocused();
  await page.keyboard.press("Home");
  await expect(tabs.getByRole("tab").first()).toHaveAttribute("aria-selected", "true");
  await tabs.locator(`[data-day="${day}"]`).click();
  await expect(tabs.locator(`[data-day="${day}"]`)).toHaveAttribute("aria-selected", "true");
  const panel = page.getByRole("tabpanel");
  const card = panel
    .getByTestId("event-card")
    .filter({ has: page.locator(`a[href="/events/${webinar.id}"]`) });
  await expect(card).toContainText(webinar.title.en);
  await expect(card).toContainText(/seats? left/);
  await card.getByRole("link", { name: webinar.title.en }).click();

  // The event's page and its form: every mandatory field marked and the mark explained.
  await expect(page).toHaveURL(new RegExp(`/events/${webinar.id}$`));
  await expect(page.getByRole("heading", { level: 1, name: webinar.title.en })).toBeVisible();
  await expect(page.getByRole("link", { name: "Add to calendar" })).toHaveAttribute(
    "href",
    new RegExp(`/events/${webinar.id}\\.ics$`),
  );
  const registration = registrationOf(page);
  await expect(registration.getByText("* — required field")).toBeVisible();
  const email = uniqueEmail("programme");
  await registration.getByRole("textbox", { name: "Last name", exact: true }).fill("Sokolova");
  await registration.getByRole("textbox", { name: "First name", exact: true }).fill("Maria");
  await registration.getByRole("textbox", { name: "Company", exact: true }).fill("Gymnasium No. 5");
  await registration.getByRole("textbox", { name: "Position", exact: true }).fill("Deputy head");
  await registration.getByRole("textbox", { name: "E-mail", exact: true }).fill(email);
  // An odd but valid phone number is accepted as typed.
  await registration.getByRole("textbox", { name: "Phone", exact: true }).fill("8 (912) 345-67-89 ext. 12");
  const heardFrom = registration.getByRole("combobox", {
    name: "How did you hear about the event?",
    exact: true,
  });
  const firstChoice = await heardFrom.locator("option").nth(1).getAttribute("value");
  await heardFrom.selectOption(firstChoice ?? "");
  await registration.getByRole("button", { name: "Register", exact: true }).click();

  // The result at once, on the page.
  await expect(registration.getByRole("heading", { name: "You are registered" })).toBeVisible();
  await expect(registration).toContainText(`A confirmation with a calendar file is on its way to ${email}.`);
  await expect(registration.getByRole("button", { name: "Cancel my registration" })).toBeVisible();

  // My agenda lists it.
  await page.goto("/agenda");
  await expect(page.getByRole("heading", { level: 1, name: "My agenda" })).toBeVisible();
  const item = page.getByTestId("agenda-item").filter({ hasText: webinar.title.en });
  await expect(item).toContainText("You are registered");

  // The confirmation, with the event as a calendar file.
  const mail = await simpleParser(await waitForMail(email, 30_000));
  const ics = mail.attachments.find(
    (attachment) =>
      attachment.contentType.startsWith("text/calendar") || attachment.filename?.endsWith(".ics"),
  );
  expect(ics, "the confirmation has an .ics attachment").toBeDefined();
  const calendar = ics?.content.toString("utf8") ?? "";
  const unfolded = calendar.replace(/\r?\n[ \t]/g, "");
  expect(unfolded).toContain("BEGIN:VEVENT");
  const summary = (/^SUMMARY[^:]*:(.*)$/m.exec(unfolded)?.[1] ?? "").trim().replace(/\\([,;\\])/g, "$1");
  expect([webinar.title.en, webinar.title.ru]).toContain(summary);
  const start = /^DTSTART[^:]*:(\d{8}T\d{6}Z?)/m.exec(unfolded)?.[1] ?? "";
  const utcStart = new Date(webinar.startsAt).toISOString().replace(/[-:]/g, "").slice(0, 15);
  if (start.endsWith("Z")) expect(start).toBe(`${utcStart}Z`);
  else expect(start).toMatch(/^\d{8}T\d{6}$/);
});

test("a second visitor sees 'no seats left' and no form on a full event", async ({ browser, baseURL }) => {
  const page = await openEnglishPage(browser, baseURL);
  await signUpNewPerson(page.request, "Boris", "programme-full");
  const schedule = await trpcQuery<Schedule>(page.request, "programme.schedule", {});
  const full = upcoming(schedule.events).find((event) => event.seatsLeft === 0);
  if (!full) throw new Error("the demo has no full upcoming event");

  await page.goto(`/programme?day=${dayOf(full.startsAt, schedule.timezone)}`);
  const card = page.getByTestId("event-card").filter({ has: page.locator(`a[href="/events/${full.id}"]`) });
  await expect(card).toContainText("No seats left");
  await card.getByRole("link").first().click();

  await expect(page.getByRole("heading", { level: 1, name: full.title.en })).toBeVisible();
  const registration = registrationOf(page);
  await expect(registration.getByRole("heading", { name: "No seats left" })).toBeVisible();
  await expect(registration.getByRole("textbox")).toHaveCount(0);
  await expect(registration.getByRole("button", { name: "Register" })).toHaveCount(0);
});
