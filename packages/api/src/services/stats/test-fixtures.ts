/**
 * Test helpers for statistics: visitors acting through the real services at chosen moments
 * (visits, downloads, video, chat, contacts, registrations), materials and events to act on.
 */
import type { Database } from "@pavilion/db";
import { expect } from "vitest";
import type { TestApi, TestBrowser } from "../../testing/index.ts";
import { loadSessionUser } from "../auth/accounts.ts";
import { openMaterialDownload } from "../booth/download.ts";
import { profile } from "../cabinet/test-fixtures.ts";
import { insertEvent } from "../events/test-fixtures.ts";
import { T0 } from "../floor/test-fixtures.ts";

export type Person = TestBrowser & { userId: string };

/** Sets the test clock to the instant (activity is recorded at the clock's time). */
export function at(t: TestApi, iso: string): void {
  t.clock.now = new Date(iso);
}

/** An approved, published PDF material of the exhibitor; returns its id. */
export async function insertMaterial(
  db: Database,
  exhibitorId: string,
  title: { ru: string; en: string },
  position = 0,
): Promise<string> {
  const fileId = crypto.randomUUID().replaceAll("-", "").padEnd(64, "0");
  await db
    .insertInto("files")
    .values({
      id: fileId,
      mime: "application/pdf",
      size: 100,
      created_at: T0,
      duration_ms: null,
      poster_file_id: null,
    })
    .execute();
  const id = crypto.randomUUID();
  await db
    .insertInto("materials")
    .values({
      ...{
        id,
        exhibitor_id: exhibitorId,
        kind: "pdf",
        file_id: fileId,
        url: null,
        file_name: `${title.en}.pdf`,
      },
      ...{ title_ru: title.ru, title_en: title.en, description_ru: "", description_en: "", position },
      ...{ published: 1, approved: 1, created_at: T0, updated_at: T0 },
    })
    .execute();
  return id;
}

/** The visitor downloads the material as the download route does (recorded as activity). */
export async function download(t: TestApi, visitor: Person, materialId: string): Promise<void> {
  const viewer = await loadSessionUser(t.db, visitor.userId);
  expect(await openMaterialDownload(t.db, materialId, viewer, t.clock.now)).not.toBeNull();
}

/** The visitor enters the booth from the floor. */
export async function visit(visitor: Person, exhibitorId: string): Promise<void> {
  await visitor.api.visitor.recordBoothVisit({ exhibitorId, source: "floor" });
}

/** The visitor leaves the booth page after `seconds` (the clock must have moved on that far since the visit). */
export async function leave(visitor: Person, exhibitorId: string, seconds: number): Promise<void> {
  expect(await visitor.api.booth.leave({ exhibitorId, seconds })).toEqual({ seconds });
}

/** The visitor leaves their business card at the booth (with consent). */
export async function leaveCard(visitor: Person, exhibitorId: string): Promise<void> {
  await visitor.api.booth.leaveContacts({
    ...{ exhibitorId, name: "Мария Соколова", company: "Вкусно", position: "Закупщик" },
    ...{ email: "maria@example.test", phone: "", message: "", consent: true as const },
  });
}

/** The visitor registers for the event through the form; returns the registration id. */
export async function registerFor(
  visitor: Person,
  eventId: string,
  heardFrom: string,
  email = `${crypto.randomUUID().slice(0, 8)}@example.test`,
): Promise<string> {
  const registration = await visitor.api.registration.register({
    eventId,
    form: {
      ...{ lastName: "Иванова", firstName: "Анна", company: "ООО «Станкомаш»", position: "Инженер" },
      ...{ email, phone: "+7 912 345-67-89", heardFrom },
    },
  });
  return registration.id;
}

/** An approved event starting at `startsAt` (an hour long): the exhibitor's webinar, or a programme session. */
export async function insertSession(
  db: Database,
  exhibitionId: string,
  e: { exhibitorId: string | null; startsAt: string; title: string; stream?: string | null },
): Promise<string> {
  const endsAt = new Date(Date.parse(e.startsAt) + 3_600_000).toISOString();
  const id = await insertEvent(db, exhibitionId, {
    exhibitorId: e.exhibitorId,
    startsAt: e.startsAt,
    endsAt,
  });
  await db
    .updateTable("events")
    .set({ title_ru: e.title, title_en: e.title, stream: e.stream ?? null })
    .where("id", "=", id)
    .execute();
  return id;
}

/** A company on the floor, its profile approved by the organiser (its booth placed); returns its id. */
export async function companyOn(
  owner: TestBrowser,
  organiser: TestBrowser,
  floorSlug: string,
  name: { ru: string; en: string },
): Promise<string> {
  const { exhibitorId } = await owner.api.cabinet.createExhibitor({ name, floorSlug });
  await owner.api.cabinet.saveProfile({
    exhibitorId,
    profile: profile({ name, videoUrl: "https://video.example/tour" }),
  });
  await owner.api.cabinet.submit({ exhibitorId });
  await organiser.api.moderation.approve({ exhibitorId });
  return exhibitorId;
}
