/**
 * Organisers' analytics and a visitor's own data, driven like people: a fresh visitor enters a
 * booth from the floor plan and leaves contacts; the organiser sees the visitor counted, opens the
 * floor's heat map and finds the booth coloured by its visits; the visitor then reads their
 * activity, withdraws the consent, downloads their data and deletes it.
 */
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, PASSWORD, test, uniqueEmail, uniqueName } from "../fixtures.ts";
import { openEnglishPage } from "../support/people.ts";
import { trpcMutation } from "../support/trpc.ts";

const ORGANISER = { email: "organiser@demo.pavilion", password: "pavilion-demo" };

/** The first floor the home page links to, with its name. */
async function firstFloor(page: Page): Promise<{ path: string; name: string }> {
  await page.goto("/");
  const link = page.locator('#floors a[href^="/floors/"]').first();
  const path = await link.getAttribute("href");
  if (!path) throw new Error("the home page links to no floor");
  await page.goto(path);
  const name = (await page.getByRole("heading", { level: 1 }).textContent())?.trim() ?? "";
  return { path, name };
}

/** A number shown in a test id'd element ("1,234" → 1234). */
async function numberIn(page: Page, testId: string): Promise<number> {
  const text = (await page.getByTestId(testId).textContent()) ?? "";
  return Number(text.replace(/\D/g, "")) || 0;
}

test("a booth visit reaches the organiser's analytics and heat map; the visitor sees, takes and deletes their data", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  // A fresh visitor enters a booth from the floor's plan and leaves their contacts there.
  const visitor = await openEnglishPage(browser, baseURL);
  const email = uniqueEmail("analytics");
  await trpcMutation(visitor.request, "auth.signUp", {
    name: uniqueName("Vera"),
    email,
    password: PASSWORD,
    locale: "en",
  });
  const floor = await firstFloor(visitor);
  await visitor.getByRole("button", { name: "Plan", exact: true }).click();
  const row = visitor.locator(".plan-list__row").first();
  const boothName = ((await row.locator(".plan-list__name").textContent()) ?? "").trim();
  await row.click();
  await expect(visitor).toHaveURL(/\/booths\/[0-9a-f-]{36}$/);
  const exhibitorId = visitor.url().split("/").at(-1) ?? "";
  await trpcMutation(visitor.request, "booth.leaveContacts", {
    exhibitorId,
    name: "Vera Analytics",
    company: "Testing Ltd",
    position: "Buyer",
    email,
    phone: "",
    message: "",
    consent: true,
  });

  // The organiser sees the fair's unique visitors counted (the rollup runs every few seconds).
  const organiser = await openEnglishPage(browser, baseURL);
  await trpcMutation(organiser.request, "auth.signIn", ORGANISER);
  await organiser.goto("/admin");
  await organiser
    .getByRole("main")
    .getByRole("link", { name: /^Analytics/ })
    .click();
  await expect(organiser.getByRole("heading", { level: 1, name: "Analytics" })).toBeVisible();
  await expect
    .poll(
      async () => {
        await organiser.reload();
        await expect(organiser.getByTestId("unique-visitors")).toBeVisible();
        return numberIn(organiser, "unique-visitors");
      },
      { timeout: 30_000, intervals: [1_000, 2_000, 3_000] },
    )
    .toBeGreaterThan(0);
  await expect(organiser.getByRole("table", { name: /Unique visitors per day/ })).toBeAttached();

  // The floor's heat map, from the floors table: on the 3D floor and on the plan.
  await organiser.getByRole("link", { name: `Heat map of ${floor.name}` }).click();
  await expect(organiser).toHaveURL(/[?&]heat=1/);
  await expect(organiser.getByTestId("heat-legend")).toContainText("visits per booth");
  await expect(organiser.getByTestId("heat-toggle")).toHaveAttribute("aria-pressed", "true");
  await expect(organiser.getByTestId("floor-canvas").locator("canvas")).toBeAttached();
  await organiser.getByRole("button", { name: "Plan", exact: true }).click();
  const boothRow = organiser.locator(".plan-list__row", { hasText: boothName }).first();
  await expect
    .poll(
      async () => {
        const text = (await boothRow.getByTestId("booth-visits").textContent()) ?? "";
        return Number(text.replace(/\D/g, "")) || 0;
      },
      { timeout: 20_000 },
    )
    .toBeGreaterThanOrEqual(1);
  // Screen readers hear the visits on the map as well.
  await expect(organiser.locator(`g[data-booth][aria-label*="${boothName}"]`).first()).toHaveAttribute(
    "aria-label",
    /\d+ visits?/,
  );

  // A visitor never gets the switch, even with ?heat=1 in the address.
  await visitor.goto(`${floor.path}?heat=1`);
  await expect(visitor.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(visitor.getByTestId("heat-toggle")).toHaveCount(0);
  await expect(visitor.getByTestId("heat-legend")).toHaveCount(0);

  // The visitor's own data, from the header.
  await visitor
    .getByRole("banner")
    .getByRole("link", { name: /My data/ })
    .click();
  await expect(visitor.getByRole("heading", { level: 1, name: "My data" })).toBeVisible();
  await expect(visitor.getByTestId("my-activity")).toContainText(`Visited ${boothName}'s booth`);

  const consents = visitor.getByTestId("my-consents");
  await expect(consents).toContainText(boothName);
  await consents.getByRole("button", { name: `Withdraw consent from ${boothName}` }).click();
  const confirm = visitor.getByRole("alertdialog");
  await confirm.getByRole("button", { name: "Withdraw consent" }).click();
  await expect(confirm).toBeHidden();
  await expect(consents).toContainText("Withdrawn");
  await expect(consents.getByRole("button", { name: `Withdraw consent from ${boothName}` })).toHaveCount(0);

  const [download] = await Promise.all([
    visitor.waitForEvent("download"),
    visitor.getByRole("link", { name: "Download my data (.json)" }).click(),
  ]);
  const path = await download.path();
  const data = JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>;
  expect(JSON.stringify(data)).toContain(email);

  // Deleting asks for the password: a wrong one deletes nothing.
  await visitor.getByRole("button", { name: "Delete my data…" }).click();
  const dialog = visitor.getByRole("alertdialog", { name: "Delete your data?" });
  await expect(dialog).toContainText("Anonymous counts");
  await dialog.getByLabel("Your password").fill("not-my-password");
  await dialog.getByRole("button", { name: "Delete my data" }).click();
  await expect(dialog.getByRole("alert")).toBeVisible();
  await dialog.getByLabel("Your password").fill(PASSWORD);
  await dialog.getByRole("button", { name: "Delete my data" }).click();
  await expect(visitor).toHaveURL(/\/$/);
  await expect(visitor.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();

  // The account is gone: signing in fails.
  const signIn = await visitor.request.post("/trpc/auth.signIn", {
    data: { json: { email, password: PASSWORD } },
  });
  expect(signIn.status()).not.toBe(200);
});
