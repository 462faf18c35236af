/**
 * Immersive booths, driven like people: the demo company's owner uploads a 3D model of a product
 * (a real .glb, as a 3D program exports it) and puts it on the booth's stand, uploads two plant
 * panoramas and links the first to the second with a hotspot. A visitor walking the floor sees
 * the model standing on the booth once near it (the floor draws it only then), turns it on the
 * booth page with the mouse and the keyboard, and walks the tour from one panorama to the next.
 */
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildDemoModelGlb, drawDemoPanorama } from "@pavilion/api/demo-art";
import type { Page } from "@playwright/test";
import { expect, test, uniqueName } from "../fixtures.ts";
import { openEnglishPage, signUpNewPerson } from "../support/people.ts";
import { trpcMutation, trpcQuery } from "../support/trpc.ts";

const OWNER = { email: "exhibitor@demo.pavilion", password: "pavilion-demo" };

interface Booth {
  id: string;
  exhibitorId: string;
  x: number;
  z: number;
  width: number;
  depth: number;
  entrance: { x: number; z: number };
  model?: { url: string } | null;
}
interface FloorHook {
  firstFrameAt?: number;
  modelsShown(): string[];
}
interface Immersive {
  models: { id: string; title: { en: string }; featured: boolean }[];
  tour: { panoramas: { id: string; title: { en: string } }[] };
}

/** The files an exhibitor would upload: the demo's separator model and two panoramas (2:1 JPEG). */
async function filesToUpload(): Promise<{ model: string; line: string; lab: string }> {
  const folder = await mkdtemp(path.join(tmpdir(), "pavilion-e2e-immersive-"));
  const files = {
    model: path.join(folder, "separator.glb"),
    line: path.join(folder, "bottling-line.jpg"),
    lab: path.join(folder, "quality-lab.jpg"),
  };
  await writeFile(files.model, await buildDemoModelGlb());
  await writeFile(files.line, await drawDemoPanorama("line", 2048));
  await writeFile(files.lab, await drawDemoPanorama("lab", 2048));
  return files;
}

/** Where a visitor stands a few metres out from the booth's entrance, looking into it. */
function spotInFrontOf(booth: Booth): { x: number; z: number; yaw: number } {
  const centre = { x: booth.x + booth.width / 2, z: booth.z + booth.depth / 2 };
  const out = { x: booth.entrance.x - centre.x, z: booth.entrance.z - centre.z };
  const length = Math.hypot(out.x, out.z) || 1;
  const stand = {
    x: booth.entrance.x + (out.x / length) * 2.5,
    z: booth.entrance.z + (out.z / length) * 2.5,
  };
  // Yaw 0 looks north (-z) and grows clockwise seen from above (the floor's convention).
  return { ...stand, yaw: Math.atan2(centre.x - stand.x, -(centre.z - stand.z)) };
}

async function azimuthOf(page: Page): Promise<number> {
  return Number(await page.getByTestId("model-viewer").getAttribute("data-azimuth"));
}

test("an exhibitor puts a 3D model and a plant tour on the booth; a visitor sees the model on the stand, turns it and walks the tour", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const files = await filesToUpload();
  const modelTitle = uniqueName("Separator");
  const [lineTitle, labTitle] = [uniqueName("Bottling line"), uniqueName("Quality lab")];

  // The owner, in the cabinet's "3D and tour" tab.
  const owner = await openEnglishPage(browser, baseURL);
  const me = await trpcMutation<{ memberships: { exhibitorId: string; role: string }[] }>(
    owner.request,
    "auth.signIn",
    OWNER,
  );
  const exhibitorId = me.memberships.find((each) => each.role === "owner")?.exhibitorId ?? "";
  expect(exhibitorId).not.toBe("");
  await owner.goto(`/cabinet/${exhibitorId}/immersive`);

  // A model, put on the booth's stand.
  await owner.locator('input[name="title.en"]').first().fill(modelTitle);
  await owner
    .locator('textarea[name="description.en"]')
    .first()
    .fill("A milk separator: a steel drum on a blue body, two spouts, a control panel in front.");
  await owner.getByLabel("Put it on the booth stand").check();
  await owner.getByLabel("Choose a .glb file").setInputFiles(files.model);
  const modelRow = owner.getByTestId("cabinet-model").filter({ hasText: modelTitle });
  await expect(modelRow).toBeVisible({ timeout: 60_000 });
  await expect(modelRow).toContainText("On the booth stand");
  await expect(modelRow.locator("img")).toBeVisible(); // the preview the server drew

  // Two panoramas.
  for (const [title, file] of [
    [lineTitle, files.line],
    [labTitle, files.lab],
  ] as const) {
    await owner.locator('input[name="title.en"]').nth(1).fill(title);
    await owner.getByLabel("Choose a panorama").setInputFiles(file);
    await expect(owner.getByTestId("cabinet-panorama").filter({ hasText: title })).toBeVisible({
      timeout: 60_000,
    });
  }

  // A hotspot on the bottling line that leads to the quality lab.
  await owner
    .getByTestId("cabinet-panorama")
    .filter({ hasText: lineTitle })
    .getByRole("button", { name: "Hotspots" })
    .click();
  const editor = owner.getByRole("dialog");
  await editor.getByRole("button", { name: "Add a hotspot" }).click();
  await editor.getByLabel("Go to another panorama").check();
  await editor.getByLabel("Panorama to go to").selectOption({ label: labTitle });
  await editor.getByLabel("Yaw, degrees").fill("10");
  await editor.getByLabel("Pitch, degrees").fill("-5");
  await editor.getByRole("button", { name: "Save the hotspot" }).click();
  await expect(editor.getByRole("button", { name: /^1\. / })).toBeVisible();
  await editor.getByRole("button", { name: "Done" }).click();

  // What visitors will get, read once through the API.
  const immersive = await trpcQuery<Immersive>(owner.request, "immersive.booth", { exhibitorId });
  const model = immersive.models.find((each) => each.title.en === modelTitle);
  expect(model?.featured).toBe(true);
  const line = immersive.tour.panoramas.find((each) => each.title.en === lineTitle);
  const lab = immersive.tour.panoramas.find((each) => each.title.en === labTitle);
  expect(line && lab).toBeTruthy();

  // A visitor walks up to the booth on the floor: the model stands there once they are near.
  const visitor = await openEnglishPage(browser, baseURL);
  await signUpNewPerson(visitor.request, "Oleg", "immersive");
  const { floor } = await trpcQuery<{ floor: { slug: string } }>(visitor.request, "booth.page", {
    exhibitorId,
  });
  const plan = await trpcQuery<{ booths: Booth[] }>(visitor.request, "floor.plan", { slug: floor.slug });
  const placed = plan.booths.find((each) => each.exhibitorId === exhibitorId);
  expect(placed?.model?.url).toBeTruthy();
  if (!placed) return;
  const readShown = () =>
    visitor.evaluate(
      () => (window as unknown as { __pavilionFloor?: FloorHook }).__pavilionFloor?.modelsShown() ?? [],
    );
  // From above (the overview) no model is drawn at all.
  await visitor.goto(`/floors/${floor.slug}?bench=1&view=overview`);
  await visitor.waitForFunction(
    () => (window as unknown as { __pavilionFloor?: FloorHook }).__pavilionFloor?.firstFrameAt !== undefined,
    undefined,
    { timeout: 60_000 },
  );
  expect(await readShown()).toEqual([]);
  const spot = spotInFrontOf(placed);
  await visitor.goto(
    `/floors/${floor.slug}?bench=1&view=walk&x=${spot.x.toFixed(1)}&z=${spot.z.toFixed(1)}&yaw=${spot.yaw.toFixed(2)}`,
  );
  await expect.poll(readShown, { timeout: 30_000 }).toContain(exhibitorId);

  // On the booth page the visitor turns the model with the mouse, then with the keyboard.
  await visitor.goto(`/booths/${exhibitorId}`);
  const section = visitor.getByTestId("booth-immersive");
  await expect(section).toBeVisible();
  const viewer = visitor.getByTestId("model-viewer");
  await expect(viewer).toHaveAttribute("data-model-id", model?.id ?? "");
  await expect(viewer).toHaveAttribute("data-state", "ready", { timeout: 30_000 });
  await viewer.scrollIntoViewIfNeeded();
  const before = await azimuthOf(visitor);
  const box = await viewer.boundingBox();
  if (!box) throw new Error("the model viewer has no box");
  await visitor.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await visitor.mouse.down();
  await visitor.mouse.move(box.x + box.width / 2 + 160, box.y + box.height / 2, { steps: 8 });
  await visitor.mouse.up();
  await expect.poll(() => azimuthOf(visitor)).not.toBe(before);
  await visitor.getByRole("button", { name: "Reset view" }).click();
  await expect.poll(() => azimuthOf(visitor)).toBe(before);
  await viewer.focus();
  for (let i = 0; i < 3; i++) await visitor.keyboard.press("ArrowRight");
  await expect.poll(() => azimuthOf(visitor)).toBe((before + 45) % 360);

  // The tour, from the bottling line to the quality lab through the hotspot.
  await section.getByRole("link", { name: "Start the tour" }).click();
  await expect(visitor).toHaveURL(new RegExp(`/booths/${exhibitorId}/tour`));
  await visitor.goto(`/booths/${exhibitorId}/tour?p=${line?.id}`);
  const tour = visitor.getByTestId("tour-viewer");
  await expect(tour).toHaveAttribute("data-panorama-id", line?.id ?? "");
  await visitor.getByRole("button", { name: `Go to: ${labTitle}` }).click();
  await expect(tour).toHaveAttribute("data-panorama-id", lab?.id ?? "");
  await expect(visitor).toHaveURL(new RegExp(`p=${lab?.id}`));
});
