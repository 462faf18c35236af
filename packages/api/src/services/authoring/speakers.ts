/**
 * Speakers and moderators (the SEEDS.md 000 questionnaire): a company's, edited by its team, or
 * the programme's (no company), edited by organisers. A speaker on an approved or submitted event,
 * or in a change of an approved one, is not deleted: the agenda would lose them unapproved.
 */
import type { Database, Speaker } from "@pavilion/db";
import type { AuthoredSpeaker, SaveSpeakerInput, SessionUser, SpeakerFields } from "@pavilion/schema";
import type { ApiServices } from "../../context.ts";
import { AppError, NotFoundError } from "../../errors.ts";
import { bilingualParam } from "../../uploads/sizes.ts";
import { inLanguage } from "../cabinet/names.ts";
import { currentExhibition } from "../exhibition/overview.ts";
import { inTransaction } from "../floor/placement.ts";
import { assertMayAuthorFor, openAuthoredSpeaker } from "./access.ts";
import { draftOfRevision } from "./draft.ts";
import { imageSize, isPortrait } from "./portrait.ts";
import { releasePortrait } from "./speaker-photo.ts";

type Use = AuthoredSpeaker["events"][number] & { pending: boolean };

/** Every event that lists each speaker: its public rows, and changes waiting for approval. */
async function usesOf(db: Database, speakerIds: string[]): Promise<Map<string, Use[]>> {
  const uses = new Map<string, Map<string, Use>>();
  const add = (speakerId: string, use: Use) => {
    const byEvent = uses.get(speakerId) ?? new Map<string, Use>();
    const known = byEvent.get(use.id);
    byEvent.set(use.id, known ? { ...known, pending: known.pending || use.pending } : use);
    uses.set(speakerId, byEvent);
  };
  if (speakerIds.length === 0) return new Map();
  const listed = await db
    .selectFrom("event_speakers")
    .innerJoin("events", "events.id", "event_speakers.event_id")
    .select(["event_speakers.speaker_id", "events.id", "events.title_ru", "events.title_en", "events.status"])
    .where("event_speakers.speaker_id", "in", speakerIds)
    .execute();
  const talks = await db
    .selectFrom("event_agenda_items")
    .innerJoin("events", "events.id", "event_agenda_items.event_id")
    .select([
      "event_agenda_items.speaker_id",
      "events.id",
      "events.title_ru",
      "events.title_en",
      "events.status",
    ])
    .where("event_agenda_items.speaker_id", "in", speakerIds)
    .execute();
  for (const row of [...listed, ...talks])
    if (row.speaker_id)
      add(row.speaker_id, {
        id: row.id,
        title: { ru: row.title_ru, en: row.title_en },
        status: row.status,
        pending: false,
      });
  const revisions = await db
    .selectFrom("event_revisions")
    .innerJoin("events", "events.id", "event_revisions.event_id")
    .select(["event_revisions.payload", "events.id", "events.title_ru", "events.title_en", "events.status"])
    .execute();
  const wanted = new Set(speakerIds);
  for (const row of revisions) {
    const draft = draftOfRevision(row.payload);
    const named = [...draft.speakers.map((s) => s.speakerId), ...draft.agenda.map((item) => item.speakerId)];
    for (const id of new Set(named))
      if (id && wanted.has(id))
        add(id, {
          id: row.id,
          title: { ru: row.title_ru, en: row.title_en },
          status: row.status,
          pending: true,
        });
  }
  return new Map([...uses].map(([id, byEvent]) => [id, [...byEvent.values()]]));
}

/** The uses that stop a deletion: an approved or submitted event, or a change of an approved one. */
function blockingUses(uses: Use[]): Use[] {
  return uses.filter((use) => use.pending || use.status === "approved" || use.status === "submitted");
}

async function photoIsPortrait(services: ApiServices, fileId: string | null): Promise<boolean | null> {
  if (fileId === null) return null;
  const bytes = await services.storage.read(fileId);
  const size = bytes ? await imageSize(bytes) : null;
  return size ? isPortrait(size) : null;
}

async function describe(services: ApiServices, rows: Speaker[]): Promise<AuthoredSpeaker[]> {
  const uses = await usesOf(
    services.db,
    rows.map((row) => row.id),
  );
  return Promise.all(
    rows.map(async (row) => {
      const mine = uses.get(row.id) ?? [];
      return {
        ...{ id: row.id, exhibitorId: row.exhibitor_id },
        name: { ru: row.name_ru, en: row.name_en },
        achievements: { ru: row.achievements_ru, en: row.achievements_en },
        bio: { ru: row.bio_ru, en: row.bio_en },
        company: { ru: row.company_ru, en: row.company_en },
        ...{ phone: row.phone, email: row.email },
        photoUrl: row.photo_file_id ? `/files/${row.photo_file_id}` : null,
        photoIsPortrait: await photoIsPortrait(services, row.photo_file_id),
        events: mine.map(({ pending: _pending, ...use }) => use),
        deletable: blockingUses(mine).length === 0,
      };
    }),
  );
}

/** The speakers of a company (or, for null, of the programme), by name. */
export async function listSpeakers(
  services: ApiServices,
  exhibitorId: string | null,
): Promise<AuthoredSpeaker[]> {
  let query = services.db.selectFrom("speakers").selectAll();
  query =
    exhibitorId === null
      ? query.where("exhibitor_id", "is", null)
      : query.where("exhibitor_id", "=", exhibitorId);
  const rows = await query.orderBy("name_ru").orderBy("name_en").orderBy("id").execute();
  return describe(services, rows);
}

function speakerColumns(fields: SpeakerFields) {
  return {
    ...{ name_ru: fields.name.ru, name_en: fields.name.en },
    ...{ achievements_ru: fields.achievements.ru, achievements_en: fields.achievements.en },
    ...{ bio_ru: fields.bio.ru, bio_en: fields.bio.en },
    ...{ company_ru: fields.company.ru, company_en: fields.company.en },
    ...{ phone: fields.phone, email: fields.email },
  };
}

async function exhibitionOfOwner(db: Database, exhibitorId: string | null): Promise<string> {
  if (exhibitorId === null) return (await currentExhibition(db)).id;
  const row = await db
    .selectFrom("exhibitors")
    .select("exhibition_id")
    .where("id", "=", exhibitorId)
    .executeTakeFirst();
  if (!row) throw new NotFoundError("exhibitor");
  return row.exhibition_id;
}

/** Creates or changes a speaker; returns it as its authors see it. */
export async function saveSpeaker(
  services: ApiServices,
  user: SessionUser,
  input: SaveSpeakerInput,
): Promise<AuthoredSpeaker> {
  const { db } = services;
  let id = input.speakerId;
  if (id) {
    await openAuthoredSpeaker(db, user, id);
    await db.updateTable("speakers").set(speakerColumns(input.speaker)).where("id", "=", id).execute();
  } else {
    const exhibitorId = input.exhibitorId ?? null;
    assertMayAuthorFor(user, exhibitorId);
    id = crypto.randomUUID();
    await db
      .insertInto("speakers")
      .values({
        ...{ id, exhibition_id: await exhibitionOfOwner(db, exhibitorId), exhibitor_id: exhibitorId },
        ...speakerColumns(input.speaker),
        ...{ photo_file_id: null, created_at: services.now().toISOString() },
      })
      .execute();
  }
  const row = await db.selectFrom("speakers").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
  const [described] = await describe(services, [row]);
  if (!described) throw new NotFoundError("speaker");
  return described;
}

/** Deletes a speaker unless an approved event (or a change waiting for approval) lists them. */
export async function deleteSpeaker(
  services: ApiServices,
  user: SessionUser,
  speakerId: string,
): Promise<void> {
  const speaker = await openAuthoredSpeaker(services.db, user, speakerId);
  await inTransaction(services.db, async (trx) => {
    const blocking = blockingUses((await usesOf(trx, [speakerId])).get(speakerId) ?? []);
    if (blocking.length > 0) {
      const titles = (locale: "ru" | "en") =>
        blocking.map((use) => `«${inLanguage(use.title, locale)}»`).join(", ");
      throw new AppError("authoring.speakerInUse", `used by ${blocking.length}`, {
        ...bilingualParam("events", titles("en").replace(/«|»/g, '"'), titles("ru")),
      });
    }
    // Drafts lose the speaker; their authors choose another before submitting.
    await trx
      .updateTable("event_agenda_items")
      .set({ speaker_id: null })
      .where("speaker_id", "=", speakerId)
      .execute();
    await trx.deleteFrom("event_speakers").where("speaker_id", "=", speakerId).execute();
    await trx.deleteFrom("speakers").where("id", "=", speakerId).execute();
  });
  await releasePortrait(services, speaker.exhibitor_id, speaker.photo_file_id);
}
