/**
 * A visitor books a free time: in one transaction the slot is taken only if still free (so of
 * two visitors at once one wins), the meeting becomes an event with the visitor's accepted
 * registration and reminders, and the booking is recorded as activity; then both sides get a
 * letter with the .ics.
 */
import type { Database, Event, Registration } from "@pavilion/db";
import type { MyMeeting, SessionUser } from "@pavilion/schema";
import { AppError, NotFoundError } from "../../errors.ts";
import { isMemberOf } from "../auth/membership.ts";
import { inLanguage } from "../cabinet/names.ts";
import { recordConsent } from "../leads/consents.ts";
import { eventTimeWords } from "../registration/time-words.ts";
import { planReminders } from "../reminders/plan.ts";
import {
  firstNameOf,
  loadMeetingExhibitor,
  lockPerson,
  type MeetingDeps,
  type MeetingExhibitor,
  splitName,
} from "./context.ts";
import { myMeetingWith } from "./free-slots.ts";
import { meetingFacts, meetingLetters } from "./letters.ts";

/** What a booking needs of the slot. */
interface SlotToBook {
  id: string;
  exhibitor_id: string;
  host_user_id: string;
  host_name: string;
  starts_at: string;
  ends_at: string;
  event_id: string | null;
}

/** Books the slot for the signed-in visitor; returns their meeting as the booth shows it. */
export async function bookMeeting(
  deps: MeetingDeps,
  user: SessionUser,
  input: { slotId: string; topic?: string | undefined; shareContacts?: boolean | undefined },
): Promise<MyMeeting> {
  const { db, now } = deps;
  const slot = await slotToBook(db, input.slotId);
  if (!slot) throw new NotFoundError("meeting slot");
  const exhibitor = await loadMeetingExhibitor(db, slot.exhibitor_id);
  if (!exhibitor.approved) throw new NotFoundError("meeting slot");
  if (isMemberOf(user, exhibitor.id)) throw new AppError("meetings.ownTeam");
  if (Date.parse(slot.starts_at) <= now.getTime()) throw new AppError("meetings.slotPast");
  if (slot.event_id !== null) throw new AppError("meetings.slotTaken");
  const topic = input.topic?.trim() ?? "";
  const event = meetingEvent(exhibitor, slot, topic, now);
  await db.transaction().execute(async (trx) => {
    await lockPerson(trx, user.id);
    const held = await myMeetingWith(trx, user.id, exhibitor.id, now);
    if (held) {
      const when = eventTimeWords(
        { starts_at: held.startsAt, ends_at: held.endsAt, timezone: exhibitor.timezone },
        deps.locale,
      );
      throw new AppError("meetings.limitReached", undefined, { when });
    }
    await trx.insertInto("events").values(event).execute();
    const taken = await trx
      .updateTable("meeting_slots")
      .set({ event_id: event.id, booked_by: user.id, booked_at: now.toISOString() })
      .where("id", "=", slot.id)
      .where("event_id", "is", null)
      .executeTakeFirst();
    if (Number(taken.numUpdatedRows) === 0) throw new AppError("meetings.slotTaken");
    const registration = await registrationFor(trx, deps, user, event);
    await trx.insertInto("registrations").values(registration).execute();
    await trx
      .insertInto("activity")
      .values({
        ...{ occurred_at: now.toISOString(), user_id: user.id, exhibition_id: exhibitor.exhibitionId },
        ...{ exhibitor_id: exhibitor.id, event_id: event.id, material_id: null, kind: "meeting.booked" },
        data: JSON.stringify({ slotId: slot.id, hostUserId: slot.host_user_id, topic }),
      })
      .execute();
    if (input.shareContacts) await recordConsent(trx, user.id, exhibitor.id, "meeting", now);
    await planReminders(trx, registration.id, now);
  });
  const facts = await meetingFacts(db, event.id, slot.host_user_id, deps.publicUrl);
  for (const letter of meetingLetters("booked", facts)) await deps.mailer.send(letter);
  return {
    ...{ slotId: slot.id, eventId: event.id, startsAt: slot.starts_at, endsAt: slot.ends_at },
    ...{ hostFirstName: firstNameOf(slot.host_name), topic },
  };
}

async function slotToBook(db: Database, slotId: string): Promise<SlotToBook | undefined> {
  return db
    .selectFrom("meeting_slots as s")
    .innerJoin("members as m", (join) =>
      join.onRef("m.exhibitor_id", "=", "s.exhibitor_id").onRef("m.user_id", "=", "s.host_user_id"),
    )
    .innerJoin("users as host", "host.id", "s.host_user_id")
    .select(["s.id", "s.exhibitor_id", "s.host_user_id", "host.name as host_name"])
    .select(["s.starts_at", "s.ends_at", "s.event_id"])
    .where("s.id", "=", slotId)
    .executeTakeFirst();
}

/** The meeting as an event: private (kind "meeting"), one seat, approved at once. */
function meetingEvent(exhibitor: MeetingExhibitor, slot: SlotToBook, topic: string, now: Date): Event {
  const at = now.toISOString();
  const company = { ru: inLanguage(exhibitor.name, "ru"), en: inLanguage(exhibitor.name, "en") };
  return {
    ...{ id: crypto.randomUUID(), exhibition_id: exhibitor.exhibitionId, exhibitor_id: exhibitor.id },
    ...{ kind: "meeting", format: "other", stream: null },
    ...{ title_ru: `Встреча с ${company.ru}`, title_en: `Meeting with ${company.en}` },
    ...{ description_ru: topic, description_en: topic },
    ...{ starts_at: slot.starts_at, ends_at: slot.ends_at, timezone: exhibitor.timezone },
    ...{ capacity: 1, registration_mode: "open", access: "registered", status: "approved" },
    ...{ created_at: at, updated_at: at, question_access: "nobody", recording_access: "hosts" },
    ...{ ended_at: null, recording_file_id: null, recording_egress_id: null },
    ...{ review_note: null, approved_at: at },
  };
}

/**
 * The visitor's accepted registration: their account's name, e-mail and language, and the
 * company, position and phone of their latest registration. What they never gave stays empty
 * rather than "—", so the next registration form they fill is not prefilled with dashes;
 * "how did you hear about it" stays empty too: nobody asked, and no choice would be true.
 */
async function registrationFor(
  db: Database,
  deps: MeetingDeps,
  user: SessionUser,
  event: Event,
): Promise<Registration> {
  const latest = await db
    .selectFrom("registrations")
    .select(["company", "position", "phone"])
    .where("user_id", "=", user.id)
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .executeTakeFirst();
  const { firstName, lastName } = splitName(user.name);
  const at = deps.now.toISOString();
  return {
    ...{ id: crypto.randomUUID(), event_id: event.id, user_id: user.id },
    ...{ last_name: lastName, first_name: firstName },
    ...{ company: latest?.company ?? "", position: latest?.position ?? "", phone: latest?.phone ?? "" },
    ...{ email: user.email, heard_from: "", locale: deps.locale, status: "accepted", reason: null },
    ...{ created_at: at, decided_at: at, attended_at: null, registered_by: null, decision_due_at: null },
    ...{ decided_by: null, checked_in_at: null, checked_in_by: null, cancelled_at: null },
  };
}
