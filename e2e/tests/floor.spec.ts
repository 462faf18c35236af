/**
 * The 3D floor, driven like a person: hover a booth, enter it, come back; walk with
 * the keyboard; search and fly; bookmark three booths and follow the route.
 *
 * The page exposes `window.__pavilionFloor` with ?bench=1: where a booth is on
 * screen (to hover it), where the visitor stands, and the renderer's draw calls.
 * Tests read English (set before the app starts).
 */
import type { Page } from "@playwright/test";
import { planRoute } from "../../packages/floor/src/index.ts";
import { layoutFromPlan } from "../../packages/floor/src/react/plan.ts";
import type { FloorPlan } from "../../packages/schema/src/floor.ts";
import { expect, PASSWORD, test, uniqueEmail, uniqueName } from "../fixtures.ts";

interface Hook {
  firstFrameAt?: number;
  screenPositionOf(exhibitorId: string): { x: number; y: number } | null;
  view(): { x: number; z: number; yaw: number; mode: string };
  drawCalls(): number;
  gl: { render(scene: unknown, camera: unknown): void };
  scene: unknown;
  camera: unknown;
}
type Booth = FloorPlan["booths"][number];

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => window.localStorage.setItem("pavilion.locale", "en"));
});

async function floorSlug(page: Page): Promise<string> {
  await page.goto("/");
  const href = await page.locator('#floors a[href^="/floors/"]').first().getAttribute("href");
  if (!href) throw new Error("the home page links to no floor");
  return href.replace("/floors/", "");
}

/** Opens the floor with the test hook and waits for its first complete frame. */
async function openFloor(page: Page, slug: string, query = ""): Promise<void> {
  await page.goto(`/floors/${slug}?bench=1${query}`);
  await waitForScene(page);
}

async function waitForScene(page: Page): Promise<void> {
  await page.waitForFunction(
    () => (window as unknown as { __pavilionFloor?: Hook }).__pavilionFloor?.firstFrameAt !== undefined,
    undefined,
    { timeout: 60_000 },
  );
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

function hook<T>(page: Page, read: (h: Hook) => T): Promise<T> {
  return page.evaluate(`(${read.toString()})(window.__pavilionFloor)`) as Promise<T>;
}

/** A booth with a logo that the pointer can reach from where the visitor stands. */
async function hoverableBooth(
  page: Page,
  plan: FloorPlan,
): Promise<{ booth: Booth; at: { x: number; y: number } }> {
  for (const booth of plan.booths.filter((b) => b.logoUrl)) {
    const at = await page.evaluate(
      (id) => (window as unknown as { __pavilionFloor: Hook }).__pavilionFloor.screenPositionOf(id),
      booth.exhibitorId,
    );
    if (at) return { booth, at };
  }
  throw new Error("no booth with a logo is in sight");
}

test("hovering a booth shows its logo and name; clicking enters it; Back returns to the same place", async ({
  page,
}) => {
  const slug = await floorSlug(page);
  const plan = await planOf(page, slug);
  await openFloor(page, slug);
  const { booth, at } = await hoverableBooth(page, plan);

  await page.mouse.move(at.x, at.y);
  const popup = page.getByRole("tooltip");
  await expect(popup).toContainText(nameOf(booth));
  await expect(popup.locator("img")).toHaveAttribute("src", booth.logoUrl ?? "");

  const before = await hook(page, (h) => h.view());
  await page.mouse.click(at.x, at.y);
  await expect(page).toHaveURL(new RegExp(`/booths/${booth.exhibitorId}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(nameOf(booth));

  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`/floors/${slug}\\?.*x=`));
  await waitForScene(page);
  const after = await hook(page, (h) => h.view());
  expect(after.x).toBeCloseTo(before.x, 0);
  expect(after.z).toBeCloseTo(before.z, 0);
  expect(after.yaw).toBeCloseTo(before.yaw, 1);
});

test("the keyboard walks the visitor, and the URL follows", async ({ page }) => {
  const slug = await floorSlug(page);
  await openFloor(page, slug);
  const start = await hook(page, (h) => h.view());
  await page.getByRole("application").focus();
  await page.keyboard.down("ArrowUp");
  // Software WebGL draws a few frames a second, fewer on a busy machine, and a frame moves
  // the visitor at most a quarter second's walk: hold the key until they covered some ground.
  await expect
    .poll(
      async () => {
        const now = await hook(page, (h) => h.view());
        return Math.hypot(now.x - start.x, now.z - start.z);
      },
      { timeout: 30_000 },
    )
    .toBeGreaterThan(1.5);
  await page.keyboard.up("ArrowUp");
  await expect
    .poll(() => {
      const url = new URL(page.url());
      return Math.hypot(
        Number(url.searchParams.get("x")) - start.x,
        Number(url.searchParams.get("z")) - start.z,
      );
    })
    .toBeGreaterThan(1);
});

async function searchAndFly(page: Page, booth: Booth): Promise<void> {
  const name = nameOf(booth);
  await page.getByRole("combobox", { name: "Find an exhibitor" }).fill(name);
  await page.getByRole("option").filter({ hasText: name }).first().click();
  await expect(page.getByRole("region", { name: `Booth ${name}` })).toBeVisible();
  // The flight lands in front of the booth.
  await expect
    .poll(async () => {
      const v = await hook(page, (h) => h.view());
      return Math.hypot(v.x - booth.entrance.x, v.z - booth.entrance.z);
    })
    .toBeLessThan(6);
}

test("search flies to a booth and shows it", async ({ page }) => {
  const slug = await floorSlug(page);
  const plan = await planOf(page, slug);
  await openFloor(page, slug);
  const booth = plan.booths[Math.floor(plan.booths.length / 2)];
  if (!booth) throw new Error("the floor has no booths");
  await searchAndFly(page, booth);
  await expect(page.getByRole("tooltip")).toContainText(nameOf(booth));
});

test("a route through three bookmarked booths is drawn in the order planRoute gives", async ({ page }) => {
  const slug = await floorSlug(page);
  const plan = await planOf(page, slug);
  await page.getByRole("banner").getByRole("link", { name: "Sign up" }).click();
  await page.getByLabel("Name", { exact: true }).fill(uniqueName("Rita"));
  await page.getByLabel("E-mail", { exact: true }).fill(uniqueEmail("route"));
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Sign up", exact: true }).click();
  await expect(page.getByRole("banner").getByRole("button", { name: "Sign out" })).toBeVisible();

  await openFloor(page, slug);
  // The floor's own draws: the 3D product models near the visitor (drawn only there) left out.
  const render = () =>
    hook(page, (h) => {
      const models = (
        h.scene as { getObjectByName(name: string): { visible: boolean } | undefined }
      ).getObjectByName("booth-models");
      if (models) models.visible = false;
      h.gl.render(h.scene, h.camera);
      if (models) models.visible = true;
      return h.drawCalls();
    });
  const callsBefore = await render();
  const chosen = [plan.booths[3], plan.booths[20], plan.booths[plan.booths.length - 2]].filter(
    (b): b is Booth => b !== undefined,
  );
  for (const booth of chosen) {
    await searchAndFly(page, booth);
    const panel = page.getByRole("region", { name: `Booth ${nameOf(booth)}` });
    await panel.getByRole("button", { name: "Add to my route" }).click();
    await expect(panel.getByRole("button", { name: "Remove from my route" })).toBeVisible();
  }
  await page.getByRole("button", { name: "Plan again from here" }).click();
  const here = await hook(page, (h) => h.view());
  const expected = planRoute(
    layoutFromPlan(plan),
    here,
    chosen.map((b) => b.id),
  ).order.map((id) => nameOf(plan.booths.find((b) => b.id === id) as Booth));

  const stops = page.getByRole("list", { name: "Stops in walking order" }).getByRole("listitem");
  // Each row is "<number or check><name>"; the number is decoration.
  await expect(stops).toHaveText(
    expected.map((name) => new RegExp(`${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`)),
  );
  // The visitor stands at the last booth they bookmarked: the route starts there, so that
  // stop is already reached and the guidance points at the second one.
  expect(expected[0]).toBe(nameOf(chosen[2] as Booth));
  await expect(page.getByTestId("next-stop")).toContainText(`Next stop: ${expected[1]}`);
  // The route is one more draw: a strip of arrows along the alleys.
  await expect.poll(render).toBe(callsBefore + 1);
});
