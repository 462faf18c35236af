/**
 * Seeds the demo exhibition into a database without exhibitions: everything in one
 * transaction, deterministic for a given "now", and a no-op when an exhibition exists.
 */
import type { Database, ExhibitorFilesTable } from "@pavilion/db";
import type { Insertable } from "kysely";
import { catchUpAnalytics } from "../services/analytics/rollup.ts";
import { hashPassword } from "../services/auth/password.ts";
import type { FileStorage } from "../storage/file-storage.ts";
import { storeFiles } from "../storage/store-file.ts";
import {
  accountRows,
  DEMO_PASSWORD,
  type DemoAccount,
  demoAccounts,
  existingDemoAccounts,
} from "./accounts.ts";
import { demoActivityRows } from "./activity.ts";
import { insertInBatches } from "./batch.ts";
import { exhibitionRow, floorRows } from "./exhibition.ts";
import { type DemoImmersiveSet, seedDemoModel } from "./immersive-models.ts";
import { seedDemoTour } from "./immersive-tour.ts";
import { exhibitionLogoSvg, logoSvg, renderPng } from "./logos.ts";
import { demoPdfs, materialRows } from "./materials.ts";
import { meetingSlotRows } from "./meeting-slots.ts";
import { DEMO_SEED, type DemoPlan, planDemo } from "./plan.ts";
import { randomFor } from "./random.ts";

/** The agricultural university that shows the training dairy plant (its English name has this). */
const AGRICULTURAL_UNIVERSITY = "University of Agricultural Technology";

export interface SeedOptions {
  now: Date;
  log?: (line: string) => void;
}

export interface SeedResult {
  /** False when an exhibition already existed and nothing was written. */
  seeded: boolean;
  accounts: DemoAccount[];
}

interface Assets {
  exhibitionLogo: Uint8Array;
  logos: Uint8Array[];
  pdfs: Uint8Array[];
}

/** Creates the demo exhibition on a database that has none; otherwise changes nothing. */
export async function seedDemo(
  db: Database,
  storage: FileStorage,
  options: SeedOptions,
): Promise<SeedResult> {
  const log = options.log ?? (() => {});
  if (await hasExhibition(db)) return { seeded: false, accounts: await existingDemoAccounts(db) };
  const started = performance.now();
  const plan = planDemo(options.now);
  // The slow parts (images, password hash) happen before the transaction, to keep it short.
  const [assets, passwordHash] = await Promise.all([renderAssets(plan), hashPassword(DEMO_PASSWORD)]);
  const rendered = performance.now();
  log(`demo: planned and rendered ${assets.logos.length} logos in ${Math.round(rendered - started)} ms`);
  let rows = 0;
  try {
    rows = await db
      .transaction()
      .execute((trx) => writeDemo(trx, storage, plan, assets, passwordHash, options.now));
  } catch (error) {
    // Another process seeding the same empty database at the same time wins; we stand down.
    if (await hasExhibition(db)) return { seeded: false, accounts: await existingDemoAccounts(db) };
    throw error;
  }
  // The demo companies' 3D models and tours, through the same pipelines as uploads.
  await seedImmersiveBooth(db, storage, options.now);
  // Leads and statistics from the demo's activity, before anyone looks.
  const counted = await catchUpAnalytics(db, options.now);
  const finished = performance.now();
  log(
    `demo: wrote ${rows} rows and counted ${counted.processed} activity rows in ` +
      `${Math.round(finished - rendered)} ms (${Math.round(finished - started)} ms in all)`,
  );
  return { seeded: true, accounts: demoAccounts() };
}

/**
 * Demo content that fits the companies: the demo owner's architecture institute gets the
 * maquette of its new building and a tour of its workshop, studio and gallery; the agricultural
 * university on its floor gets the training dairy plant's separator and tour.
 */
async function seedImmersiveBooth(db: Database, storage: FileStorage, now: Date): Promise<void> {
  const company = await db
    .selectFrom("members")
    .innerJoin("users", "users.id", "members.user_id")
    .innerJoin("exhibitors", "exhibitors.id", "members.exhibitor_id")
    .select(["members.exhibitor_id", "exhibitors.floor_id"])
    .where("users.email", "=", "exhibitor@demo.pavilion")
    .where("members.role", "=", "owner")
    .executeTakeFirst();
  if (!company) return;
  const university = await agriculturalUniversity(db, company.floor_id);
  const booths: { exhibitorId: string; set: DemoImmersiveSet }[] = [
    { exhibitorId: company.exhibitor_id, set: "architecture" },
  ];
  if (university) booths.push({ exhibitorId: university, set: "dairy" });
  // One company at a time: each tour already draws its three rooms at once.
  for (const { exhibitorId, set } of booths) {
    const materialId = await firstFileMaterial(db, exhibitorId);
    await seedDemoModel(db, storage, { exhibitorId, now, set });
    await seedDemoTour(db, storage, { exhibitorId, now, set, materialId });
  }
}

/** The demo's first "University of Agricultural Technology", on the given floor if one is there. */
async function agriculturalUniversity(db: Database, floorId: string): Promise<string | undefined> {
  const universities = await db
    .selectFrom("exhibitors")
    .select(["id", "floor_id"])
    .where("name_en", "like", `%${AGRICULTURAL_UNIVERSITY}%`)
    .where("status", "=", "approved")
    .orderBy("created_at")
    .orderBy("id")
    .execute();
  return (universities.find((row) => row.floor_id === floorId) ?? universities[0])?.id;
}

/** The exhibitor's first published, approved material that is a file, for a tour hotspot to open. */
async function firstFileMaterial(db: Database, exhibitorId: string): Promise<string | undefined> {
  const material = await db
    .selectFrom("materials")
    .select("id")
    .where("exhibitor_id", "=", exhibitorId)
    .where("published", "=", 1)
    .where("approved", "=", 1)
    .where("file_id", "is not", null)
    .orderBy("position")
    .executeTakeFirst();
  return material?.id;
}

async function hasExhibition(db: Database): Promise<boolean> {
  return (await db.selectFrom("exhibitions").select("id").limit(1).executeTakeFirst()) !== undefined;
}

async function renderAssets(plan: DemoPlan): Promise<Assets> {
  const [exhibitionLogo, ...logos] = await Promise.all([
    renderPng(exhibitionLogoSvg()),
    ...plan.exhibitors.map((exhibitor) => renderPng(logoSvg(exhibitor.logo))),
  ]);
  if (exhibitionLogo === undefined) throw new Error("The exhibition logo did not render");
  return { exhibitionLogo, logos, pdfs: demoPdfs() };
}

async function writeDemo(
  db: Database,
  storage: FileStorage,
  plan: DemoPlan,
  assets: Assets,
  passwordHash: string,
  now: Date,
): Promise<number> {
  const images = [assets.exhibitionLogo, ...assets.logos].map((bytes) => ({ bytes, mime: "image/png" }));
  const documents = assets.pdfs.map((bytes) => ({ bytes, mime: "application/pdf" }));
  const stored = await storeFiles(db, storage, [...images, ...documents], now);
  const sizes = new Map(stored.map((file) => [file.id, file.size]));
  const [exhibitionLogo, ...logos] = stored;
  const pdfIds = logos.splice(assets.logos.length).map((file) => file.id);
  const exhibitors = plan.exhibitors.map((exhibitor, index) => ({
    ...exhibitor.row,
    logo_file_id: logos[index]?.id ?? null,
  }));
  const firstExhibitor = plan.exhibitors[0];
  if (firstExhibitor === undefined) throw new Error("The demo needs exhibitors");
  const accounts = accountRows(passwordHash, firstExhibitor.id, now);
  const materials = materialRows(randomFor(`${DEMO_SEED}:materials`), plan.exhibitors, pdfIds, now);

  let rows = 1 + logos.length + pdfIds.length;
  await db
    .insertInto("exhibitions")
    .values(exhibitionRow(now, exhibitionLogo?.id ?? null))
    .execute();
  rows += 1 + (await insertInBatches(db, "floors", floorRows(now)));
  rows += await insertInBatches(db, "exhibitors", exhibitors);
  rows += await insertInBatches(db, "users", accounts.users);
  rows += await insertInBatches(db, "members", accounts.members);
  rows += await insertInBatches(db, "materials", materials);
  rows += await insertInBatches(db, "exhibitor_files", exhibitorFileRows(exhibitors, materials, sizes, now));
  rows += await insertInBatches(db, "speakers", plan.speakers);
  rows += await insertInBatches(db, "events", plan.events);
  rows += await insertInBatches(db, "event_speakers", plan.eventSpeakers);
  rows += await insertInBatches(db, "event_agenda_items", plan.agendaItems);
  rows += await insertInBatches(db, "heard_from_options", plan.heardFromOptions);
  // After the users: demo registrations name the organiser who took them by phone.
  rows += await insertInBatches(db, "registrations", plan.registrations);
  // After the users: the demo company's owner hosts them.
  rows += await insertInBatches(db, "meeting_slots", meetingSlotRows(firstExhibitor.id, now));
  rows += await insertCrowd(db, plan, materials, passwordHash, now);
  return rows;
}

/** The demo's visitors and what they did (the rollup counts it once the seed is committed). */
async function insertCrowd(
  db: Database,
  plan: DemoPlan,
  materials: Parameters<typeof demoActivityRows>[2],
  passwordHash: string,
  now: Date,
): Promise<number> {
  const random = randomFor(`${DEMO_SEED}:activity`);
  const crowd = demoActivityRows(random, plan.exhibitors, materials, plan.events, passwordHash, now);
  let rows = await insertInBatches(db, "users", crowd.users);
  rows += await insertInBatches(db, "registrations", crowd.registrations);
  rows += await insertInBatches(db, "contact_cards", crowd.contactCards);
  rows += await insertInBatches(db, "consents", crowd.consents);
  rows += await insertInBatches(db, "messages", crowd.messages);
  rows += await insertInBatches(db, "activity", crowd.activity);
  return rows;
}

/** What each demo exhibitor keeps (its logo and files), so its storage meter starts true. */
function exhibitorFileRows(
  exhibitors: readonly { id: string; logo_file_id: string | null }[],
  materials: readonly { exhibitor_id: string; file_id?: string | null; file_name?: string | null }[],
  sizes: ReadonlyMap<string, number>,
  now: Date,
) {
  const rows = new Map<string, Insertable<ExhibitorFilesTable>>();
  const keep = (exhibitorId: string, fileId: string | null, purpose: "logo" | "material", name: string) => {
    const size = fileId ? sizes.get(fileId) : undefined;
    if (!fileId || size === undefined) return;
    const row = { exhibitor_id: exhibitorId, file_id: fileId, purpose, original_name: name, size };
    rows.set(`${exhibitorId}:${fileId}`, { ...row, created_at: now.toISOString() });
  };
  for (const exhibitor of exhibitors) keep(exhibitor.id, exhibitor.logo_file_id, "logo", "logo.png");
  for (const material of materials) {
    keep(material.exhibitor_id, material.file_id ?? null, "material", material.file_name ?? "file.pdf");
  }
  return [...rows.values()];
}
