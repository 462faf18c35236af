/**
 * The organisers' floor editor, driven like a person: the demo organiser opens a
 * floor in the editor, moves a booth with the keyboard and saves it, sees it there
 * after a reload and on the visitor's plan; a move onto another booth is refused
 * with the server's words; a visitor gets no editor.
 *
 * Tests read English (set before the app starts) and edit the last floor, so the
 * floor tests, which walk the first one, are not affected.
 */
import type { Page } from "@playwright/test";
import { rectsOverlap } from "../../packages/floor/src/index.ts";
import type { FloorPlan } from "../../packages/schema/src/floor.ts";
import { expect, test } from "../fixtures.ts";

type Booth = FloorPlan["booths"][number];
const DEMO_PASSWORD = "pavilion-demo";

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => window.localStorage.setItem("pavilion.locale", "en"));
});

async function signIn(page: Page, email: string): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("E-mail", { exact: true }).fill(email);
  await page.getByLabel("Password", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("main").getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByTestId("current-user")).toBeVisible();
}

async function planOf(page: Page, slug: string): Promise<FloorPlan> {
  const input = encodeURIComponent(JSON.stringify({ json: { slug } }));
  const response = await page.request.get(`/trpc/floor.plan?input=${input}`);
  expect(response.ok()).toBe(true);
  return (await response.json()).result.data.json as FloorPlan;
}

function nameOf(booth: Booth): string {
  return booth.name.en.trim() || booth.name.ru.trim();
}

/** A small booth whose name no other booth of the floor shares (so the list finds just it). */
function smallBooths(plan: FloorPlan): Booth[] {
  return plan.booths.filter(
    (b) => b.size === "small" && plan.booths.filter((o) => nameOf(o) === nameOf(b)).length === 1,
  );
}

/** A whole-metre corner in a block where `booth` would stand clear of every other booth. */
function freeCornerFor(plan: FloorPlan, booth: Booth): { x: number; z: number } {
  const others = plan.booths.filter((b) => b.id !== booth.id);
  for (const block of [...plan.blocks].reverse()) {
    for (let x = block.x + block.width - booth.width; x >= block.x; x--) {
      for (const z of [block.z, block.z + block.depth - booth.depth]) {
        const spot = { x, z, width: booth.width, depth: booth.depth };
        if (!others.some((b) => rectsOverlap(b, spot))) return { x, z };
      }
    }
  }
  throw new Error("the floor has no free spot");
}

/** Opens the editor on the last floor from the organiser's start page and the floor list; returns its slug. */
async function openEditor(page: Page): Promise<string> {
  await page.goto("/");
  await page.getByRole("banner").getByRole("link", { name: "Organiser" }).click();
  await page
    .getByRole("main")
    .getByRole("link", { name: /^Floor editor/ })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Floor editor" })).toBeVisible();
  const floor = page.locator('a[href^="/admin/floors/"]').last();
  const href = (await floor.getAttribute("href")) ?? "";
  await floor.click();
  await expect(page.getByRole("group", { name: "Floor plan for editing" })).toBeVisible();
  return decodeURIComponent(href.replace("/admin/floors/", ""));
}

/** Picks a booth from the searchable list; the booth on the plan gets the keyboard focus. */
async function pickBooth(page: Page, booth: Booth): Promise<void> {
  await page.getByRole("searchbox", { name: "Find a booth" }).fill(nameOf(booth));
  await page
    .getByRole("list", { name: "Booths" })
    .getByRole("button", { name: new RegExp(`^${escapeRegExp(nameOf(booth))}`) })
    .click();
  await expect(page.getByTestId("selected-booth")).toHaveText(nameOf(booth));
  await expect(page.locator(`[data-booth="${booth.id}"]`)).toBeFocused();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Moves the focused booth by whole metres with the arrow keys: Shift for 5 m steps, then single ones. */
async function moveBy(page: Page, dx: number, dz: number): Promise<void> {
  for (const [delta, plus, minus] of [
    [dx, "ArrowRight", "ArrowLeft"],
    [dz, "ArrowDown", "ArrowUp"],
  ] as const) {
    const key = delta > 0 ? plus : minus;
    for (let i = 0; i < Math.floor(Math.abs(delta) / 5); i++) await page.keyboard.press(`Shift+${key}`);
    for (let i = 0; i < Math.abs(delta) % 5; i++) await page.keyboard.press(key);
  }
}

function positionText(at: { x: number; z: number }): RegExp {
  return new RegExp(`${at.x} m from the west wall\\s*${at.z} m from the north wall`);
}

test("an organiser moves a booth with the keyboard; the floor shows it there after a reload", async ({
  page,
}) => {
  await signIn(page, "organiser@demo.pavilion");
  const slug = await openEditor(page);
  const before = await planOf(page, slug);
  const booth = smallBooths(before).at(-1);
  if (!booth) throw new Error("no small booth to move");
  const to = freeCornerFor(before, booth);

  await pickBooth(page, booth);
  await expect(page.getByTestId("booth-position")).toHaveText(positionText(booth));
  await moveBy(page, to.x - booth.x, to.z - booth.z);
  await expect(page.getByTestId("booth-position")).toHaveText(positionText(to));
  await expect(page.getByTestId("booth-ghost")).toHaveAttribute("data-refused", "false");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Saved:" })).toContainText(
    `${nameOf(booth)} stands ${to.x} m from the west wall and ${to.z} m from the north wall`,
  );

  // Every other booth stands where it stood.
  const after = await planOf(page, slug);
  expect(after.booths.find((b) => b.id === booth.id)).toMatchObject(to);
  const others = (plan: FloorPlan) =>
    plan.booths.filter((b) => b.id !== booth.id).map((b) => ({ id: b.id, x: b.x, z: b.z }));
  expect(others(after)).toEqual(others(before));

  await page.reload();
  await pickBooth(page, booth);
  await expect(page.getByTestId("booth-position")).toHaveText(positionText(to));
  await expect(page.getByText("Placed by hand")).toBeVisible();

  // The visitor's 2D plan draws the booth at its new place.
  await page.goto(`/floors/${encodeURIComponent(slug)}`);
  await page.getByRole("button", { name: "Plan", exact: true }).click();
  const body = page.locator(`.plan-booth[data-booth="${booth.id}"] .plan-booth__body`);
  await expect(body).toBeVisible();
  const drawnAt = await body.evaluate((rect) => ({
    x: Number(rect.getAttribute("x")),
    z: Number(rect.getAttribute("y")),
  }));
  expect(drawnAt.x).toBeCloseTo(to.x, 0);
  expect(drawnAt.z).toBeCloseTo(to.z, 0);
});

test("moving a booth onto another is refused in the server's words and the booth stays", async ({ page }) => {
  await signIn(page, "organiser@demo.pavilion");
  const slug = await openEditor(page);
  const before = await planOf(page, slug);
  const pair = smallBooths(before)
    .map((booth) => ({
      booth,
      neighbour: before.booths.find((o) => o.x === booth.x + booth.width && o.z === booth.z),
    }))
    .find((p) => p.neighbour);
  if (!pair?.neighbour) throw new Error("no booth with a neighbour to its east");
  const { booth, neighbour } = pair;

  await pickBooth(page, booth);
  await moveBy(page, neighbour.x - booth.x, 0);
  await expect(page.getByTestId("booth-ghost")).toHaveAttribute("data-refused", "true");
  await expect(page.getByText("it would overlap another booth").first()).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("alert")).toHaveText(
    "The booth cannot stand there: it would overlap another booth.",
  );
  await expect(page.getByTestId("booth-position")).toHaveText(positionText(booth));
  await expect(page.getByTestId("booth-ghost")).toHaveCount(0);
  expect((await planOf(page, slug)).booths.find((b) => b.id === booth.id)).toMatchObject({
    x: booth.x,
    z: booth.z,
  });
});

test("a visitor gets no floor editor, and a guest is asked to sign in", async ({ page }) => {
  await page.goto("/admin/floors");
  await expect(page.getByText("Sign in as an organiser to edit the floors.")).toBeVisible();

  await signIn(page, "visitor@demo.pavilion");
  await expect(page.getByRole("banner").getByRole("link", { name: "Organiser" })).toHaveCount(0);
  await page.goto("/admin/floors");
  await expect(page.getByText("Only organisers can edit the floors.")).toBeVisible();
  await expect(page.locator('a[href^="/admin/floors/"]')).toHaveCount(0);
  await page.goto("/admin/floors/higher-education");
  await expect(page.getByText("Only organisers can edit the floors.")).toBeVisible();
  await expect(page.getByRole("group", { name: "Floor plan for editing" })).toHaveCount(0);
});
