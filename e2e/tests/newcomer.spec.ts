/**
 * A newcomer finds their way in: language, sign up, sign out, sign in.
 *
 * Selectors are the ones a person sees: roles and accessible names in English.
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
  await page.getByLabel("E-mail", { exact: true }).fill(person.email);
  await page.getByLabel("Password", { exact: true }).fill(person.password);
  await page.getByRole("button", { name: "Sign up", exact: true }).click();
  await expect(page.getByRole("banner")).toContainText(person.name);
}

async function signOut(page: Page, name: string): Promise<void> {
  await page.getByRole("banner").getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
  await expect(page.getByRole("banner")).not.toContainText(name);
}

async function fillSignIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByRole("banner").getByRole("link", { name: "Sign in" }).click();
  await page.getByLabel("E-mail", { exact: true }).fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("main").getByRole("button", { name: "Sign in", exact: true }).click();
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
  await expect(page.getByRole("alert")).toHaveText("The e-mail or password is wrong.");
  await expect(page.getByRole("banner")).not.toContainText(person.name);
});
