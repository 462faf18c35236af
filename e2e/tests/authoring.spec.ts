/**
 * Writing events (issue 6, SEEDS.md 000 and 001): the demo exhibitor adds a speaker through the
 * questionnaire, writes a webinar with a two-item agenda (a talk with two theses) in the cabinet,
 * is refused a 1,001-character description with the field's own message first, and submits; the
 * organiser approves it from the review queue; a visitor then finds it in the programme.
 */
import type { Page } from "@playwright/test";
import { expect, test, uniqueName } from "../fixtures.ts";
import { openEnglishPage } from "../support/people.ts";
import { trpcMutation } from "../support/trpc.ts";

const DEMO_PASSWORD = "pavilion-demo";

/** Tomorrow in the exhibition's zone: the demo exhibition runs from two days ago to ten days on. */
function tomorrowIn(timeZone: string): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(new Date(Date.now() + 24 * 60 * 60_000));
}

async function signIn(page: Page, email: string): Promise<{ memberships: { exhibitorId: string }[] }> {
  return trpcMutation(page.request, "auth.signIn", { email, password: DEMO_PASSWORD });
}

test("an exhibitor's webinar goes from the cabinet through approval into the programme", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const title = `Webinar ${uniqueName("Quiz")}`;
  const speakerName = uniqueName("Irina");
  const day = tomorrowIn("Europe/Moscow");

  // The exhibitor: a speaker first, through the questionnaire on the Events tab.
  const exhibitor = await openEnglishPage(browser, baseURL);
  const me = await signIn(exhibitor, "exhibitor@demo.pavilion");
  const exhibitorId = me.memberships[0]?.exhibitorId ?? "";
  await exhibitor.goto(`/cabinet/${exhibitorId}`);
  await exhibitor
    .getByRole("navigation", { name: /sections/i })
    .getByRole("link", { name: "Events" })
    .click();
  await expect(exhibitor).toHaveURL(new RegExp(`/cabinet/${exhibitorId}/events$`));
  await exhibitor.getByRole("button", { name: "Add a speaker" }).click();
  const questionnaire = exhibitor.getByRole("dialog", { name: "New speaker" });
  await questionnaire
    .getByRole("group", { name: "Name" })
    .getByRole("textbox", { name: "English" })
    .fill(speakerName);
  await questionnaire
    .getByRole("group", { name: "Achievements" })
    .getByRole("textbox", { name: "English" })
    .fill("Head of the maths department");
  await questionnaire.getByRole("textbox", { name: "E-mail" }).fill("irina@example.com");
  await questionnaire.getByRole("button", { name: "Create speaker" }).click();
  // Once created, the questionnaire stays open as the speaker's own, now with the portrait upload.
  const saved = exhibitor.getByRole("dialog", { name: "Speaker" });
  await expect(saved.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await expect(saved.getByRole("heading", { name: "Portrait photo" })).toBeVisible();
  await saved.getByRole("button", { name: "Done" }).click();
  await expect(exhibitor.getByText(speakerName)).toBeVisible();

  // The webinar.
  await exhibitor.getByRole("link", { name: "New webinar" }).click();
  await expect(exhibitor.getByRole("heading", { name: "New webinar" })).toBeVisible();
  const form = exhibitor.getByRole("form", { name: "Event" });
  await form.getByRole("combobox", { name: "Format" }).selectOption("master_class");
  await form
    .getByRole("group", { name: "Title", exact: true })
    .first()
    .getByRole("textbox", { name: "English" })
    .fill(title);
  const description = form
    .getByRole("group", { name: "Description with key theses" })
    .getByRole("textbox", { name: "English" });
  await description.fill("x".repeat(1001));
  await expect(form.getByText("1001 / 1000 — 1 over the limit")).toBeVisible();
  await expect(form.getByTestId("time-zone-note")).toContainText("Europe/Moscow");
  await form.getByRole("combobox", { name: "Day" }).selectOption(day);
  await form.getByLabel("Starts", { exact: true }).fill("11:00");
  await form.getByLabel("Ends", { exact: true }).fill("12:00");

  await form.getByRole("combobox", { name: "Add a speaker" }).selectOption({ label: speakerName });
  await form.getByRole("button", { name: "Add", exact: true }).click();

  // A talk with two theses, then questions and answers.
  await form.getByRole("button", { name: "Add item" }).click();
  const talk = form.getByRole("group", { name: "Agenda item 1: Talk" });
  await expect(talk.getByLabel("Starts at")).toBeFocused();
  await talk
    .getByRole("group", { name: "Title" })
    .getByRole("textbox", { name: "English" })
    .fill("Why quizzes work");
  await talk
    .getByRole("textbox", { name: "Agenda item 1, thesis 1 in English" })
    .fill("Retrieval beats re-reading");
  await talk.getByRole("textbox", { name: "Agenda item 1, thesis 2 in English" }).fill("Short and often");
  await talk.getByRole("combobox", { name: "Speaker" }).selectOption({ label: speakerName });
  await form.getByRole("combobox", { name: "New item" }).selectOption("qa");
  await form.getByRole("button", { name: "Add item" }).click();
  await expect(form.getByRole("group", { name: "Agenda item 2: Questions and answers" })).toBeVisible();
  await form
    .getByRole("group", { name: "Agenda item 2: Questions and answers" })
    .getByRole("group", { name: "Title" })
    .getByRole("textbox", { name: "English" })
    .fill("Your questions");

  // 1,001 characters are refused before anything is sent, the field's message first and focused.
  await form.getByRole("button", { name: "Save draft" }).click();
  const summary = form.getByRole("alert");
  await expect(summary.getByRole("listitem").first()).toHaveText(
    "Description with key theses (English): at most 1000 characters.",
  );
  await expect(description).toBeFocused();
  await expect(
    form.getByText("Description with key theses (English): at most 1000 characters.").nth(1),
  ).toBeVisible();

  await description.fill("How to use short quizzes in class. Key theses: retrieval practice; spacing.");
  await form.getByRole("button", { name: "Submit for approval" }).click();
  await expect(exhibitor).toHaveURL(new RegExp(`/cabinet/${exhibitorId}/events/[0-9a-f-]{36}$`));
  await expect(exhibitor.getByTestId("event-state")).toContainText("Waiting for approval");
  await exhibitor.getByRole("link", { name: "Back to events" }).click();
  const listed = exhibitor.getByTestId("authored-event").filter({ hasText: title });
  await expect(listed).toContainText("Waiting for approval");

  // The organiser approves it from the queue.
  const organiser = await openEnglishPage(browser, baseURL);
  await signIn(organiser, "organiser@demo.pavilion");
  await organiser.goto("/admin/programme/review");
  const entry = organiser.getByRole("article", { name: title });
  await expect(entry).toContainText("Exhibitor webinar");
  await expect(entry).toContainText("Why quizzes work");
  await entry.getByRole("button", { name: `Approve “${title}”` }).click();
  await expect(
    organiser.getByRole("status").filter({ hasText: `“${title}” is approved and public.` }),
  ).toBeVisible();
  await expect(organiser.getByRole("article", { name: title })).toHaveCount(0);

  // The exhibitor's list says so.
  await exhibitor.reload();
  await expect(exhibitor.getByTestId("authored-event").filter({ hasText: title })).toContainText("Approved");

  // A visitor finds it in the programme.
  const visitor = await openEnglishPage(browser, baseURL);
  await visitor.goto("/programme");
  await visitor.getByRole("searchbox", { name: "Search" }).fill(title);
  const dayTab = visitor.getByRole("tablist", { name: "Days" }).locator(`[data-day="${day}"]`);
  await expect(dayTab).toContainText("1 event");
  await dayTab.click();
  await expect(visitor.getByRole("tabpanel").getByRole("link", { name: title })).toBeVisible();
});
