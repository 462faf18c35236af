/**
 * One-to-one meetings (issue 6, SEEDS.md 000): the demo company's staff member offers times in
 * the cabinet; the demo visitor books one on the booth with a topic, sees it at once and in "my
 * agenda"; the staff member sees the booking with the visitor's contacts and gets a letter with
 * the .ics; the visitor cancels and the time is free again.
 */
import { simpleParser } from "mailparser";
import { expect, mailsTo, test } from "../fixtures.ts";
import { openEnglishPage, signInAsDemoStaff } from "../support/people.ts";
import { trpcMutation, trpcQuery } from "../support/trpc.ts";

const DEMO_VISITOR = { email: "visitor@demo.pavilion", password: "pavilion-demo" };

/** Subjects of the letters sent to `to`. */
async function subjectsTo(to: string): Promise<string[]> {
  return Promise.all(mailsTo(to).map(async (raw) => (await simpleParser(raw)).subject ?? ""));
}

test("staff offer times in the cabinet; a visitor books one on the booth and finds it in the agenda", async ({
  browser,
  baseURL,
}) => {
  // The staff member offers two half hours on the exhibition's last day.
  const staff = await openEnglishPage(browser, baseURL);
  const { exhibitorId } = await signInAsDemoStaff(staff.request);
  const booth = await trpcQuery<{ name: { en: string } }>(staff.request, "booth.page", { exhibitorId });
  await staff.goto(`/cabinet/${exhibitorId}/live`);
  const panel = staff.getByRole("region", { name: "One-to-one meetings" });
  await expect(panel).toBeVisible();
  const day = panel.getByRole("combobox", { name: "Day" });
  const lastDay = await day.locator("option").last().getAttribute("value");
  await day.selectOption(lastDay ?? "");
  await panel.getByLabel("From", { exact: true }).fill("11:00");
  await panel.getByLabel("To", { exact: true }).fill("12:00");
  await panel.getByRole("combobox", { name: "Length" }).selectOption({ label: "30 min" });
  await panel.getByRole("button", { name: "Add times" }).click();
  await expect(panel.getByRole("status").filter({ hasText: "Added 2 times." })).toBeVisible();
  // The demo's own times (the owner's, 14:00-16:00 on the next days) are listed too.
  const added = panel
    .getByTestId("meeting-row")
    .filter({ hasText: "Free" })
    .filter({ hasText: /\b11:(00|30)/ });
  await expect(added).toHaveCount(2);

  // The visitor books the first one on the booth, with a topic: the result at once.
  const visitor = await openEnglishPage(browser, baseURL);
  await trpcMutation(visitor.request, "auth.signIn", DEMO_VISITOR);
  await visitor.goto(`/booths/${exhibitorId}`);
  const section = visitor.getByRole("region", { name: "Book a meeting" });
  await expect(section).toBeVisible();
  const days = section.getByRole("group", { name: "Days with free times" });
  await days.getByRole("button").last().click();
  const slot = section.getByTestId("meeting-slot").first();
  await slot.focus();
  await visitor.keyboard.press("Enter");
  await expect(slot).toHaveAttribute("aria-pressed", "true");
  await section.getByRole("textbox", { name: "Topic (optional)" }).fill("Deliveries to Kazan");
  await section.getByRole("button", { name: "Book this time" }).click();
  const mine = section.getByTestId("my-meeting");
  await expect(mine).toContainText(
    "Booked! A confirmation with a calendar file is on its way to your e-mail.",
  );
  await expect(mine).toContainText("Topic: Deliveries to Kazan");

  // It is in the visitor's agenda.
  await visitor.goto("/agenda");
  const item = visitor.getByTestId("agenda-item").filter({ hasText: `Meeting with ${booth.name.en}` });
  await expect(item).toBeVisible();

  // The staff member sees who booked, with the topic; both got a letter.
  await staff.reload();
  const bookedRow = panel.getByTestId("meeting-row").filter({ hasText: "Booked" });
  await expect(bookedRow).toHaveCount(1);
  await expect(bookedRow).toContainText("Topic: Deliveries to Kazan");
  await expect(bookedRow.getByRole("link", { name: DEMO_VISITOR.email })).toBeVisible();
  await expect
    .poll(() => subjectsTo("staff@demo.pavilion"))
    .toContainEqual(expect.stringMatching(/^(New meeting|Новая встреча): /));
  await expect
    .poll(() => subjectsTo(DEMO_VISITOR.email))
    .toContainEqual(expect.stringMatching(/^(Meeting booked|Вы записаны на встречу): /));

  // The visitor cancels on the booth: the time is free again.
  await visitor.goto(`/booths/${exhibitorId}`);
  await section.getByRole("button", { name: "Cancel the meeting" }).click();
  await expect(section.getByTestId("my-meeting")).toHaveCount(0);
  await days.getByRole("button").last().click();
  await expect(section.getByTestId("meeting-slot")).not.toHaveCount(0);
  await staff.reload();
  await expect(panel.getByTestId("meeting-row").filter({ hasText: "Booked" })).toHaveCount(0);
});
