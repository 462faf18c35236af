import type { Database } from "@pavilion/db";
import type { ExhibitionOverview } from "@pavilion/schema";
import { NotFoundError } from "../../errors.ts";

/** The exhibition this deployment runs (the first one created). */
export async function currentExhibition(db: Database) {
  const exhibition = await db
    .selectFrom("exhibitions")
    .select([
      "id",
      "slug",
      "name_ru",
      "name_en",
      "tagline_ru",
      "tagline_en",
      "starts_on",
      "ends_on",
      "timezone",
    ])
    .orderBy("created_at")
    .limit(1)
    .executeTakeFirst();
  if (!exhibition) throw new NotFoundError("exhibition");
  return exhibition;
}

/** The home page's data: floors with approved exhibitor counts and today's events in the exhibition's day. */
export async function exhibitionOverview(db: Database, now: Date): Promise<ExhibitionOverview> {
  const exhibition = await currentExhibition(db);
  const floors = await db
    .selectFrom("floors")
    .leftJoin("exhibitors", (join) =>
      join.onRef("exhibitors.floor_id", "=", "floors.id").on("exhibitors.status", "=", "approved"),
    )
    .select(["floors.id", "floors.slug", "floors.name_ru", "floors.name_en"])
    .select((eb) => eb.fn.count<number>("exhibitors.id").as("exhibitor_count"))
    .where("floors.exhibition_id", "=", exhibition.id)
    .groupBy(["floors.id", "floors.slug", "floors.name_ru", "floors.name_en", "floors.position"])
    .orderBy("floors.position")
    .execute();
  const { dayStart, dayEnd } = dayBounds(now, exhibition.timezone);
  const today = await db
    .selectFrom("events")
    .leftJoin("exhibitors", "exhibitors.id", "events.exhibitor_id")
    .select([
      "events.id",
      "events.kind",
      "events.format",
      "events.stream",
      "events.title_ru",
      "events.title_en",
      "events.starts_at",
      "events.ends_at",
      "exhibitors.name_ru as exhibitor_ru",
      "exhibitors.name_en as exhibitor_en",
    ])
    .where("events.exhibition_id", "=", exhibition.id)
    .where("events.status", "=", "approved")
    .where("events.kind", "!=", "meeting")
    .where("events.starts_at", ">=", dayStart)
    .where("events.starts_at", "<", dayEnd)
    .orderBy("events.starts_at")
    .orderBy("events.stream")
    .limit(100)
    .execute();
  return {
    id: exhibition.id,
    slug: exhibition.slug,
    name: { ru: exhibition.name_ru, en: exhibition.name_en },
    tagline: { ru: exhibition.tagline_ru, en: exhibition.tagline_en },
    startsOn: exhibition.starts_on,
    endsOn: exhibition.ends_on,
    timezone: exhibition.timezone,
    exhibitorCount: floors.reduce((sum, floor) => sum + Number(floor.exhibitor_count), 0),
    floors: floors.map((floor) => ({
      id: floor.id,
      slug: floor.slug,
      name: { ru: floor.name_ru, en: floor.name_en },
      exhibitorCount: Number(floor.exhibitor_count),
    })),
    today: today.map((event) => ({
      id: event.id,
      kind: event.kind,
      format: event.format,
      stream: event.stream,
      title: { ru: event.title_ru, en: event.title_en },
      startsAt: event.starts_at,
      endsAt: event.ends_at,
      exhibitorName:
        event.exhibitor_ru === null ? null : { ru: event.exhibitor_ru, en: event.exhibitor_en ?? "" },
    })),
  };
}

/** The UTC instants where the calendar day containing `now` begins and ends in a time zone. */
export function dayBounds(now: Date, timeZone: string): { dayStart: string; dayEnd: string } {
  const localDate = new Intl.DateTimeFormat("en-CA", { timeZone, dateStyle: "short" }).format(now);
  const start = zonedMidnight(localDate, timeZone);
  const next = new Date(start.getTime() + 36 * 3600_000);
  const nextDate = new Intl.DateTimeFormat("en-CA", { timeZone, dateStyle: "short" }).format(next);
  return { dayStart: start.toISOString(), dayEnd: zonedMidnight(nextDate, timeZone).toISOString() };
}

function zonedMidnight(date: string, timeZone: string): Date {
  const guess = new Date(`${date}T00:00:00Z`);
  const offsetMs = tzOffsetMs(guess, timeZone);
  return new Date(guess.getTime() - offsetMs);
}

function tzOffsetMs(instant: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(
    get("year"),
    get("month") - 1,
    get("day"),
    get("hour"),
    get("minute"),
    get("second"),
  );
  return asUtc - instant.getTime();
}
