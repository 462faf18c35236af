/**
 * The booth's chat between a visitor and the booth's staff, in two browser contexts against the
 * app and the real LiveKit server it starts: messages go through the API and arrive live over the
 * booth's room (no reload), stay in the history, and staff delete messages and ban a visitor.
 */
import { expect, test, uniqueName } from "../fixtures.ts";
import { boothChat } from "../support/chat.ts";
import { openEnglishPage, signInAsDemoStaff, signUpNewPerson } from "../support/people.ts";

const { chatOf, logOf, composerOf, waitUntilLive, write } = boothChat;

test("a visitor and the booth's staff chat live; staff delete a message and ban the visitor", async ({
  browser,
  baseURL,
}) => {
  const staff = await openEnglishPage(browser, baseURL);
  const { exhibitorId } = await signInAsDemoStaff(staff.request);
  const booth = `/booths/${exhibitorId}`;
  await staff.goto(booth);
  await waitUntilLive(staff);

  // Signed out, the chat says why it is closed and how to come back here signed in.
  const visitor = await openEnglishPage(browser, baseURL);
  await visitor.goto(booth);
  await expect(chatOf(visitor)).toContainText("Sign in to talk to the company's staff");
  await expect(chatOf(visitor).getByRole("link", { name: "Sign in" })).toHaveAttribute(
    "href",
    new RegExp(encodeURIComponent(booth)),
  );
  // A visitor of their own, so banning them changes nothing for other tests.
  const name = await signUpNewPerson(visitor.request, "Vera", "chat");
  await visitor.reload();
  await waitUntilLive(visitor);
  await expect(chatOf(visitor).getByText("Staff online")).toBeVisible();

  // The visitor writes: it reaches the staff member's open page live, and once on the visitor's.
  const question = `Do you ship to Kazan? ${uniqueName("q")}`;
  await write(visitor, question);
  await expect(composerOf(visitor)).toHaveValue("");
  await expect(logOf(staff).getByText(question)).toBeVisible({ timeout: 3_000 });
  await expect(logOf(visitor).getByText(question)).toHaveCount(1);

  // The staff member answers, marked as staff; the visitor gets it live too.
  const answer = `Yes, within a week. ${uniqueName("a")}`;
  await write(staff, answer);
  const answerItem = logOf(visitor).getByRole("listitem").filter({ hasText: answer });
  await expect(answerItem).toBeVisible({ timeout: 3_000 });
  await expect(answerItem).toContainText("Staff");
  // What was said stays: it is history, not just what arrived live.
  await staff.reload();
  await expect(logOf(staff).getByText(question)).toBeVisible();
  await expect(logOf(staff).getByText(answer)).toBeVisible();
  await waitUntilLive(staff);

  // The staff member deletes the visitor's message: it disappears for the visitor without a reload.
  await logOf(staff)
    .getByRole("button", { name: `Delete the message by ${name}` })
    .click();
  const confirmDelete = staff.getByRole("alertdialog", { name: "Delete this message?" });
  await confirmDelete.getByRole("button", { name: "Delete the message" }).click();
  await expect(confirmDelete).toBeHidden();
  await expect(logOf(staff).getByText(question)).toHaveCount(0);
  await expect(logOf(visitor).getByText(question)).toHaveCount(0, { timeout: 3_000 });
  await expect(logOf(visitor).getByText(answer)).toBeVisible();

  // The visitor writes again and is banned for it; the next message is refused and says why.
  const rude = `Hurry up! ${uniqueName("r")}`;
  await write(visitor, rude);
  await expect(logOf(staff).getByText(rude)).toBeVisible({ timeout: 3_000 });
  await logOf(staff)
    .getByRole("button", { name: `Ban ${name} from the chat` })
    .click();
  const confirmBan = staff.getByRole("alertdialog", { name: `Ban ${name} from the chat?` });
  await confirmBan.getByRole("button", { name: "Ban from the chat" }).click();
  await expect(chatOf(staff).getByText(`${name} can no longer write in this chat.`)).toBeVisible();

  await write(visitor, "Hello?");
  await expect(chatOf(visitor).getByRole("alert")).toHaveText(
    "A moderator has blocked you from writing in this booth's chat.",
  );
  await expect(composerOf(visitor)).toBeDisabled();
  const bannedNote = "A moderator has blocked you from writing in this booth's chat. You can still read it.";
  await expect(chatOf(visitor).getByText(bannedNote)).toBeVisible();
  await visitor.reload();
  await expect(composerOf(visitor)).toBeDisabled();
  await expect(chatOf(visitor).getByText(bannedNote)).toBeVisible();
  await expect(logOf(visitor).getByText(answer)).toBeVisible();

  await staff.context().close();
  await visitor.context().close();
});
