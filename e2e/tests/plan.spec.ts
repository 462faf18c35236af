/**
 * The 2D plan and the booth page, driven like a person: keyboard only, without
 * WebGL, and a link to a booth that is not there.
 *
 * The floor page offers the plan behind a toggle button named "Plan" / "План".
 * Tests start in Russian (the app's default), so names are matched in both languages.
 */
import type { Page } from "@playwright/test";
import { expect, test } from "../fixtures.ts";

/** The address of the first floor, as the home page links to it. */
async function firstFloorPath(page: Page): Promise<string> {
  await page.goto("/");
  const href = await page.locator('#floors a[href^="/floors/"]').first().getAttribute("href");
  if (!href) throw new Error("the home page links to no floor");
  return href;
}

/** Presses Tab until `matches` holds for the focused element; returns what it read from it. */
async function tabUntil(page: Page, matches: (focused: { label: string; isBooth: boolean }) => boolean) {
  for (let presses = 0; presses < 80; presses++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const element = document.activeElement;
      return {
        label: (element?.getAttribute("aria-label") ?? element?.textContent ?? "").trim(),
        isBooth: element instanceof SVGElement && element.hasAttribute("data-booth"),
      };
    });
    if (matches(focused)) return focused;
  }
  throw new Error("Tab never reached the element");
}

test("the 2D plan opens a booth with the keyboard only", async ({ page }) => {
  const floorPath = await firstFloorPath(page);
  await page.goto(floorPath);
  await expect(page.getByRole("button", { name: /^(plan|план)$/i })).toBeVisible();
  const floorName = (await page.getByRole("heading", { level: 1 }).textContent()) ?? "";

  await tabUntil(page, ({ label }) => /^(plan|план)$/i.test(label));
  await page.keyboard.press("Enter");
  const plan = page.getByRole("group", { name: /^(floor plan|план этажа)$/i });
  await expect(plan).toBeVisible();

  await tabUntil(page, ({ isBooth }) => isBooth);
  // Arrow keys move between booths; the popup describes the focused one.
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowLeft");
  await expect(page.getByRole("tooltip")).toBeVisible();
  // A booth is named "Company, Floor[, live now…]".
  const label = await page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? "");
  expect(floorName).not.toBe("");
  expect(label).toContain(`, ${floorName}`);
  const name = label.split(`, ${floorName}`)[0] ?? "";

  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/booths\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);

  // The browser's Back button returns to the floor.
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`${floorPath}(\\?.*)?$`));
});

test("with WebGL disabled the plan appears", async ({ page }) => {
  await page.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    const blocked = new Set(["webgl", "webgl2", "experimental-webgl"]);
    Object.defineProperty(HTMLCanvasElement.prototype, "getContext", {
      configurable: true,
      value(this: HTMLCanvasElement, kind: string, ...rest: unknown[]) {
        return blocked.has(kind) ? null : Reflect.apply(original, this, [kind, ...rest]);
      },
    });
  });
  await page.goto(await firstFloorPath(page));

  await expect(page.getByRole("group", { name: /^(floor plan|план этажа)$/i })).toBeVisible();
  await expect(page.getByRole("button", { name: /, / }).first()).toBeVisible();
  await expect(page.getByRole("heading", { name: /^(booths on this floor|стенды этажа)$/i })).toBeVisible();
});

test("a booth id that does not exist shows not-found", async ({ page }) => {
  for (const id of ["00000000-0000-4000-8000-000000000000", "not-a-booth"]) {
    await page.goto(`/booths/${id}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^(booth not found|стенд не найден)$/i);
    await expect(page.getByRole("link", { name: /^(see all exhibitors|все участники)$/i })).toBeVisible();
  }
});
