/**
 * A newcomer finds their way in: language, sign up, sign out, sign in.
 *
 * TODO(web): these tests assume the web app provides (role, accessible name):
 * - <html lang="ru"|"en"> following the chosen language;
 * - the language switcher: a button named "English" while the UI is Russian and
 *   "Русский" while it is English (or a <select>/combobox named "Language"/"Язык" with
 *   options "English"/"Русский"; switchLanguage() handles both);
 * - a header landmark (role "banner") that shows the signed-in user's name;
 * - in English: link "Sign up" and link "Sign in" in the header when signed out;
 *   button "Sign out" in the header when signed in (directly, not inside a menu);
 * - sign-up form: fields labelled "Name", "Email", "Password"; submit button "Create account";
 * - sign-in form: fields labelled "Email", "Password"; submit button "Sign in";
 * - a failed sign-in shows its message in an element with role "alert".
 * Adjust the selectors here (not in the app) if the app settles on other names.
 */
import type { Page } from "@playwright/test";
import { expect, PASSWORD, test, uniqueEmail, uniqueName } from "../fixtures.ts";

type Locale = "en" | "ru";
const LANGUAGE_NAMES: Record<Locale, string> = { en: "English", ru: "Русский" };

async function switchLanguage(page: Page, to: Locale): Promise<void> {
  const select = page.getByRole("combobox", { name: /language|язык/i });
  if (await select.isVisible()) await select.selectOption({ label: LANGUAGE_NAMES[to] });
  else await page.getByRole("button", { name: new RegExp(LANGUAGE_NAMES[to]) }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", to);
}

async function signUp(page: Page, person: { name: string; email: string; password: string }): Promise<void> {
  await page.getByRole("banner").getByRole("link", { name: "Sign up" }).click();
  await page.getByLabel("Name", { exact: true }).fill(person.name);
  await page.getByLabel("Email", { exact: true }).fill(person.email);
  await page.getByLabel("Password", { exact: true }).fill(person.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("banner")).toContainText(person.name);
}

async function signOut(page: Page, name: string): Promise<void> {
  await page.getByRole("banner").getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
  await expect(page.getByRole("banner")).not.toContainText(name);
}

async function fillSignIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByRole("banner").getByRole("link", { name: "Sign in" }).click();
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("a newcomer switches language, signs up, signs out and signs back in", async ({ page }) => {
  const person = { name: uniqueName(), email: uniqueEmail(), password: PASSWORD };
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");

  await switchLanguage(page, "en");
  await switchLanguage(page, "ru");
  await switchLanguage(page, "en");

  await signUp(page, person);
  await signOut(page, person.name);
  await fillSignIn(page, person.email, person.password);
  await expect(page.getByRole("banner")).toContainText(person.name);
});

test("signing in with a wrong password shows an error and keeps the visitor signed out", async ({ page }) => {
  const person = { name: uniqueName("Boris"), email: uniqueEmail("wrong-password"), password: PASSWORD };
  await page.goto("/");
  await switchLanguage(page, "en");
  await signUp(page, person);
  await signOut(page, person.name);

  await fillSignIn(page, person.email, `${PASSWORD}-typo`);
  await expect(page.getByRole("alert")).toBeVisible();
  await expect(page.getByRole("alert")).not.toBeEmpty();
  await expect(page.getByRole("banner")).not.toContainText(person.name);
});
