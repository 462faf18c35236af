/**
 * The exhibitor's cabinet end to end, as issue 4 asks: a new exhibitor signs up,
 * applies, writes the profile in both languages, uploads a logo, a PDF and a short
 * video and submits; an organiser approves; a visitor finds the booth on the 3D
 * floor with the new logo in its popup, plays the video, downloads the PDF and
 * leaves contacts; the exhibitor sees all of it in the activity. And a file that
 * lies about being a PDF is refused in words, without taking any storage.
 *
 * The company is new and stands on a middle floor, so the floor tests (first floor)
 * and the floor editor tests (last floor) meet the demo booths they expect.
 * Tests read English (set before the app starts) and type Russian into Russian fields.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { crc32, deflateSync } from "node:zlib";
import type { Page } from "@playwright/test";
import { buildPdf } from "../../packages/api/src/demo/pdf.ts";
import { acceptedLabels } from "../../packages/api/src/uploads/formats.ts";
import { errors } from "../../packages/i18n/src/en/errors.ts";
import { expect, PASSWORD, test, uniqueEmail, uniqueName } from "../fixtures.ts";

const DEMO_PASSWORD = "pavilion-demo";
/** The logo's colour: a magenta no demo logo has, so the popup's picture is ours. */
const LOGO_RGB = [224, 33, 138] as const;

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => window.localStorage.setItem("pavilion.locale", "en"));
});

/** A PNG of one colour, written by hand (signature, IHDR, IDAT, IEND). */
function solidPng(width: number, height: number, [r, g, b]: readonly number[]): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits per sample, RGB, no interlace
  const row = Buffer.alloc(1 + width * 3); // filter byte 0, then the pixels
  for (let x = 0; x < width; x++) row.set([r ?? 0, g ?? 0, b ?? 0], 1 + x * 3);
  const pixels = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(pixels)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

async function signUp(page: Page, person: { name: string; email: string }): Promise<void> {
  await page.goto("/sign-up");
  await page.getByLabel("Name", { exact: true }).fill(person.name);
  await page.getByLabel("E-mail", { exact: true }).fill(person.email);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Sign up", exact: true }).click();
  await expect(page.getByRole("banner")).toContainText(person.name);
}

async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("E-mail", { exact: true }).fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("main").getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByTestId("current-user")).toBeVisible();
}

/** One of the two language inputs of a bilingual field, found by its legend. */
function bilingual(page: Page, legend: string, language: "Russian" | "English") {
  return page
    .getByRole("group", { name: legend, exact: true })
    .getByRole("textbox", { name: language, exact: true });
}

/** The middle floor of the home page's list: neither the floor tests' nor the floor editor's. */
async function middleFloorSlug(page: Page): Promise<string> {
  await page.goto("/");
  const links = page.locator('#floors a[href^="/floors/"]');
  await expect(links.first()).toBeVisible();
  const hrefs = await links.evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
  const href = hrefs[Math.floor(hrefs.length / 2)];
  if (!href) throw new Error("the home page links to no floor");
  return decodeURIComponent(href.replace("/floors/", ""));
}

/** Applies to exhibit from /cabinet with a Russian name only; returns the new company's id. */
async function applyToExhibit(page: Page, nameRu: string, floorSlug: string): Promise<string> {
  await page.goto("/cabinet");
  await expect(page.getByRole("heading", { level: 1, name: "My companies" })).toBeVisible();
  await bilingual(page, "Company name", "Russian").fill(nameRu);
  await page.getByLabel("Floor", { exact: true }).selectOption(floorSlug);
  await page.getByRole("button", { name: "Create the company" }).click();
  await expect(page).toHaveURL(/\/cabinet\/[0-9a-f-]{36}\/profile$/);
  const id = /\/cabinet\/([0-9a-f-]{36})\//.exec(page.url())?.[1];
  if (!id) throw new Error(`no company id in ${page.url()}`);
  return id;
}

/** The colour of the middle pixel of a loaded image, read back from a canvas. */
function centreColour(image: ReturnType<Page["locator"]>): Promise<number[]> {
  return image.evaluate(async (element: HTMLImageElement) => {
    await element.decode();
    const canvas = document.createElement("canvas");
    canvas.width = element.naturalWidth;
    canvas.height = element.naturalHeight;
    const context = canvas.getContext("2d");
    if (!context) throw new Error("no 2D canvas");
    context.drawImage(element, 0, 0);
    const x = Math.floor(canvas.width / 2);
    const y = Math.floor(canvas.height / 2);
    return Array.from(context.getImageData(x, y, 1, 1).data.slice(0, 3));
  });
}

function expectLogoColour(rgb: number[]): void {
  // The server re-encodes the logo: allow a little drift of a lossy format.
  rgb.forEach((value, i) => {
    expect(Math.abs(value - (LOGO_RGB[i] ?? 0))).toBeLessThanOrEqual(12);
  });
}

interface FloorHook {
  firstFrameAt?: number;
  screenPositionOf(exhibitorId: string): { x: number; y: number } | null;
}

function screenPositionOf(page: Page, exhibitorId: string) {
  return page.evaluate(
    (id) => (window as unknown as { __pavilionFloor: FloorHook }).__pavilionFloor.screenPositionOf(id),
    exhibitorId,
  );
}

/** Where on screen the pointer reaches the booth, once the flight has brought it into sight. */
/** Where the booth is on screen once the camera has stopped moving (a search flies it there). */
async function boothInSight(page: Page, exhibitorId: string): Promise<{ x: number; y: number }> {
  let last: { x: number; y: number } | null = null;
  await expect
    .poll(
      async () => {
        const now = await screenPositionOf(page, exhibitorId);
        const settled = now !== null && last !== null && Math.hypot(now.x - last.x, now.y - last.y) < 1;
        last = now;
        return settled;
      },
      { timeout: 30_000, intervals: [250], message: "the booth never came to rest in sight" },
    )
    .toBe(true);
  if (!last) throw new Error("the booth went out of sight");
  return last;
}

test.describe("an exhibitor's booth from the cabinet to a visitor and back", () => {
  // Each step goes on from the one before it: the same company, exhibitor and visitor.
  test.describe.configure({ mode: "serial" });
  const suffix = uniqueName("x").slice(-6);
  const exhibitor = { name: uniqueName("Vera"), email: uniqueEmail("exhibitor") };
  const visitor = { name: uniqueName("Oleg"), email: uniqueEmail("visitor") };
  const company = {
    id: "",
    floorSlug: "",
    logoUrl: "",
    nameRu: `Аврора Лабс ${suffix}`,
    nameEn: `Aurora Labs ${suffix}`,
  };
  const material = {
    fileName: "aurora-catalogue.pdf",
    titleRu: `Каталог Авроры ${suffix}`,
    titleEn: `Aurora catalogue ${suffix}`,
  };
  const message = `Please send us your price list (${suffix}).`;
  let workDir = "";
  let videoPath = "";

  test.beforeAll(async () => {
    workDir = mkdtempSync(join(tmpdir(), "pavilion-cabinet-e2e-"));
    videoPath = join(workDir, "aurora-presentation.mp4");
    // A two-second H.264 clip with its index first, as a phone or an editor would export it.
    await promisify(execFile)(
      "ffmpeg",
      [
        ...["-v", "error", "-f", "lavfi", "-i", "testsrc=duration=2:size=320x240:rate=25"],
        ...["-pix_fmt", "yuv420p", "-c:v", "libx264", "-movflags", "+faststart", videoPath],
      ],
      { timeout: 60_000 },
    );
  });

  test.afterAll(() => {
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  test("a new exhibitor fills in the booth in both languages, uploads a logo, a PDF and a video, and submits", async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await signUp(page, exhibitor);
    company.floorSlug = await middleFloorSlug(page);
    company.id = await applyToExhibit(page, company.nameRu, company.floorSlug);

    // The profile: the name in English next to the Russian one, and both texts in both languages.
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(company.nameRu);
    await expect(bilingual(page, "Company name", "Russian")).toHaveValue(company.nameRu);
    await bilingual(page, "Company name", "English").fill(company.nameEn);
    await bilingual(page, "About the company", "Russian").fill("Мы делаем учебные лаборатории для школ.");
    await bilingual(page, "About the company", "English").fill("We build teaching labs for schools.");
    await bilingual(page, "Products and services", "Russian").fill("Наборы для опытов\nОбучение учителей");
    await bilingual(page, "Products and services", "English").fill("Experiment kits\nTeacher training");
    await expect(page.getByText("Unsaved changes")).toBeVisible();
    await page.getByRole("button", { name: "Save the profile" }).click();
    await expect(page.getByText("Saved. Submit for review when you are ready.")).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(company.nameEn);

    // The logo: a PNG the server re-encodes; the cabinet shows the new one.
    await page.getByLabel("Upload a logo").setInputFiles({
      name: "aurora-logo.png",
      mimeType: "image/png",
      buffer: solidPng(240, 160, LOGO_RGB),
    });
    const logo = page.getByRole("img", { name: "Current logo" });
    await expect(logo).toHaveAttribute("src", /^\/files\/[^/]+$/, { timeout: 60_000 });
    company.logoUrl = (await logo.getAttribute("src")) ?? "";
    expectLogoColour(await centreColour(logo));
    await expect(page.getByLabel("Replace the logo")).toBeAttached();

    // The video: sent over tus, checked with ffprobe, a poster made by ffmpeg.
    await page.getByLabel("Upload a video").setInputFiles(videoPath);
    await expect(page.getByRole("link", { name: "Watch the video" })).toBeVisible({ timeout: 90_000 });
    await expect(page.getByText("Length 0:02")).toBeVisible();
    await expect(page.getByRole("img", { name: "Poster frame of the video" })).toBeVisible();

    // The PDF, as a material with its titles in both languages.
    await page
      .getByRole("navigation", { name: "Company sections" })
      .getByRole("link", { name: "Materials" })
      .click();
    await page.getByLabel("Choose a file").setInputFiles({
      name: material.fileName,
      mimeType: "application/pdf",
      buffer: Buffer.from(buildPdf({ title: material.titleEn, lines: ["Kits, prices, delivery."] })),
    });
    await expect(page.getByRole("heading", { name: "Describe the material" })).toBeVisible({
      timeout: 60_000,
    });
    await expect(bilingual(page, "Title", "English")).toHaveValue("aurora-catalogue");
    await bilingual(page, "Title", "Russian").fill(material.titleRu);
    await bilingual(page, "Title", "English").fill(material.titleEn);
    await bilingual(page, "Description", "Russian").fill("Наборы, цены и сроки поставки.");
    await bilingual(page, "Description", "English").fill("Kits, prices and delivery times.");
    await page.getByRole("button", { name: "Add the material" }).click();
    await expect(
      page.getByText("Material added. It waits for approval before visitors see it."),
    ).toBeVisible();
    await expect(page.getByText(material.titleEn, { exact: true })).toBeVisible();

    await page.getByRole("button", { name: "Submit for review" }).click();
    await expect(page.getByRole("heading", { level: 2, name: "Waiting for review" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Submit for review" })).toHaveCount(0);
  });

  test("an organiser approves the booth from the moderation queue", async ({ page }) => {
    await signIn(page, "organiser@demo.pavilion", DEMO_PASSWORD);
    await page.getByRole("banner").getByRole("link", { name: "Organiser" }).click();
    await page
      .getByRole("main")
      .getByRole("link", { name: /^Moderation/ })
      .click();
    await expect(page.getByRole("heading", { level: 1, name: "Moderation" })).toBeVisible();
    await page.getByRole("link", { name: company.nameEn, exact: true }).click();

    await expect(page).toHaveURL(new RegExp(`/admin/moderation/${company.id}$`));
    await expect(page.getByRole("heading", { level: 1 }).first()).toHaveText(company.nameEn);
    // The booth as approval would make it, with the new logo.
    await expect(
      page
        .getByRole("region", { name: "After approval" })
        .getByRole("img", { name: `${company.nameEn} logo` }),
    ).toHaveAttribute("src", company.logoUrl);
    await expect(page.getByTestId("pending-material")).toContainText(material.titleEn);
    await expect(page.getByTestId("pending-material")).toContainText(material.titleRu);
    await page.getByRole("button", { name: "Approve" }).click();

    await expect(page).toHaveURL(/\/admin\/moderation$/);
    await expect(page.getByRole("status").filter({ hasText: "approved" })).toHaveText(
      `“${company.nameEn}” approved: visitors see the new version now.`,
    );
    await expect(page.getByRole("link", { name: company.nameEn, exact: true })).toHaveCount(0);
  });

  test("a visitor finds the booth on the floor with its new logo, plays the video, downloads the PDF and leaves contacts", async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await signUp(page, visitor);
    await page.goto(`/floors/${encodeURIComponent(company.floorSlug)}?bench=1`);
    await page.waitForFunction(
      () =>
        (window as unknown as { __pavilionFloor?: FloorHook }).__pavilionFloor?.firstFrameAt !== undefined,
      undefined,
      { timeout: 60_000 },
    );

    // The search box flies the visitor to the booth; the pointer over it shows the popup.
    await page.getByRole("combobox", { name: "Find an exhibitor" }).fill(company.nameEn);
    await page.getByRole("option").filter({ hasText: company.nameEn }).first().click();
    await expect(page.getByRole("region", { name: `Booth ${company.nameEn}` })).toBeVisible();
    const spot = await boothInSight(page, company.id);
    await page.mouse.move(spot.x, spot.y);
    const popup = page.getByRole("tooltip");
    await expect(popup).toContainText(company.nameEn);
    const popupLogo = popup.locator("img");
    await expect(popupLogo).toHaveAttribute("src", company.logoUrl);
    expectLogoColour(await centreColour(popupLogo));

    await page.mouse.click(spot.x, spot.y);
    await expect(page).toHaveURL(new RegExp(`/booths/${company.id}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(company.nameEn);
    await expect(page.getByRole("img", { name: `${company.nameEn} logo` })).toHaveAttribute(
      "src",
      company.logoUrl,
    );
    await expect(page.getByText("We build teaching labs for schools.")).toBeVisible();

    // The video plays in the page.
    const video = page.getByLabel(`Video presentation of ${company.nameEn}`);
    await expect(video).toBeVisible();
    await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.readyState)).toBeGreaterThan(0);
    await video.click();
    await expect
      .poll(() => video.evaluate((v: HTMLVideoElement) => v.currentTime), { timeout: 20_000 })
      .toBeGreaterThan(0);

    // The PDF comes as a download with the name it was uploaded with.
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: `Download ${material.titleEn}` }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(material.fileName);
    const bytes = readFileSync(await file.path());
    expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");

    // Contacts: refused without consent, sent with it.
    await page.getByRole("button", { name: "Leave my contacts" }).click();
    const card = page.getByRole("region", { name: "Leave my contacts" });
    await expect(card.getByLabel("Name", { exact: true })).toHaveValue(visitor.name);
    await expect(card.getByLabel("E-mail", { exact: true })).toHaveValue(visitor.email);
    await card.getByLabel("Message (optional)").fill(message);
    await card.getByRole("button", { name: "Send my contacts" }).click();
    await expect(
      card.getByText("Tick the box to agree; without it your contacts cannot be sent."),
    ).toBeVisible();
    await card.getByLabel(`I agree to share these personal data with ${company.nameEn}`).check();
    await card.getByRole("button", { name: "Send my contacts" }).click();
    await expect(card.getByRole("status")).toContainText(`Your contacts were sent to ${company.nameEn} on`);
  });

  test("the exhibitor sees the download, the video play and the business card in the activity", async ({
    page,
  }) => {
    await signIn(page, exhibitor.email, PASSWORD);
    await page.getByRole("banner").getByRole("link", { name: "My companies" }).click();
    await page
      .getByRole("link", { name: new RegExp(escapeRegExp(company.nameEn)) })
      .first()
      .click();
    await page
      .getByRole("navigation", { name: "Company sections" })
      .getByRole("link", { name: "Activity" })
      .click();

    const items = page.getByTestId("activity-item");
    const byVisitor = (what: string) => items.filter({ hasText: visitor.name }).filter({ hasText: what });
    await expect(byVisitor(`Downloaded “${material.titleEn}”`)).toHaveCount(1);
    await expect(byVisitor("Watched the video presentation")).toHaveCount(1);
    await expect(byVisitor("Left a business card")).toHaveCount(1);
    await expect(byVisitor("Visited the booth")).not.toHaveCount(0);

    const cards = page.getByTestId("contact-card");
    await expect(cards).toHaveCount(1);
    await expect(cards).toContainText(visitor.name);
    await expect(cards).toContainText(visitor.email);
    await expect(cards).toContainText(message);
  });
});

test("an HTML page named prices.pdf is refused in words and takes no storage", async ({ page }) => {
  await signUp(page, { name: uniqueName("Ilya"), email: uniqueEmail("refused") });
  const id = await applyToExhibit(page, `Проверка ${uniqueName("x").slice(-6)}`, await middleFloorSlug(page));
  await page.goto(`/cabinet/${id}/materials`);
  const quota = page.getByText(/^Used .+ of .+$/);
  const before = (await quota.textContent()) ?? "";
  expect(before).not.toBe("");

  await page.getByLabel("Choose a file").setInputFiles({
    name: "prices.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("<!doctype html><html><body><script>alert(1)</script>Prices</body></html>"),
  });
  await expect(page.getByRole("heading", { name: "Describe the material" })).toBeVisible({ timeout: 60_000 });
  await page.getByRole("button", { name: "Add the material" }).click();
  const refusal = errors.codes["upload.typeNotAllowed"]
    .replace("{{detected}}", "HTML")
    .replace("{{allowed}}", acceptedLabels("material"));
  await expect(page.getByRole("alert")).toContainText(refusal);

  await expect(quota).toHaveText(before);
  await page.reload();
  await expect(quota).toHaveText(before);
  await expect(page.getByText("No materials yet.", { exact: false })).toBeVisible();
});
