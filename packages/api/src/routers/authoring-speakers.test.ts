/**
 * Speakers (SEEDS.md 000): the questionnaire in both languages with private contacts, the portrait
 * photo checked by its bytes and re-encoded, and no deleting a speaker an approved event lists.
 */
import { TEST_ENGINES } from "@pavilion/db/testing";
import sharp from "sharp";
import { describe, expect } from "vitest";
import {
  type AuthoringWorld,
  authoringWorld,
  eventDraft,
  speakerFields,
} from "../services/authoring/test-fixtures.ts";
import { appError, useCabinetTestApi } from "../services/cabinet/test-fixtures.ts";
import { failure, putTestUpload, sampleFiles } from "../testing/index.ts";

const portraitJpeg = async () =>
  new Uint8Array(
    await sharp({ create: { width: 300, height: 450, channels: 3, background: "#884422" } })
      .jpeg()
      .toBuffer(),
  );
const portraitTiff = async () =>
  new Uint8Array(
    await sharp({ create: { width: 200, height: 300, channels: 3, background: "#224488" } })
      .tiff()
      .toBuffer(),
  );

describe.each(TEST_ENGINES)("speakers on %s", (engine) => {
  let w: AuthoringWorld;
  const run = useCabinetTestApi(engine, async (api) => {
    w = await authoringWorld(api);
  });
  const upload = (userId: string, exhibitorId: string, filename: string, bytes: Uint8Array) =>
    putTestUpload(w.t.services, { userId, exhibitorId, purpose: "logo", filename, bytes });

  run("keeps every field of the questionnaire in both languages, contacts as typed", async () => {
    const saved = await w.host.api.authoring.saveSpeaker({ exhibitorId: w.acme, speaker: speakerFields() });
    expect(saved).toMatchObject({
      exhibitorId: w.acme,
      name: { ru: "Анна Петрова", en: "Anna Petrova" },
      achievements: { ru: "20 лет в станкостроении", en: "20 years in machine tools" },
      bio: { ru: "Главный инженер, автор патентов.", en: "Chief engineer, holds patents." },
      company: { ru: "ООО «Станкомаш»", en: "Stankomash LLC" },
      phone: "+7 (912) 345-67-89",
      email: "Anna.Petrova@stankomash.example",
      photoUrl: null,
      photoIsPortrait: null,
      deletable: true,
    });
    const changed = await w.host.api.authoring.saveSpeaker({
      speakerId: saved.id,
      speaker: speakerFields({ name: { ru: "Анна Петрова-Лей", en: "" }, phone: null, email: null }),
    });
    expect(changed).toMatchObject({ name: { ru: "Анна Петрова-Лей", en: "" }, phone: null, email: null });
    const list = await w.host.api.authoring.speakers({ exhibitorId: w.acme });
    expect(list.map((s) => s.id)).toContain(saved.id);
  });

  run("names a malformed phone, e-mail or missing name in the caller's language", async () => {
    const error = await failure(
      w.host.api.authoring.saveSpeaker({
        exhibitorId: w.acme,
        speaker: speakerFields({ name: { ru: "", en: "" }, phone: "call me", email: "anna@" }),
      }),
    );
    expect(appError(error).fields).toEqual({
      "speaker.name": { code: "oneLanguageRequired" },
      "speaker.phone": { code: "invalid" },
      "speaker.email": { code: "invalidEmail" },
    });
    expect(error.message).toContain("Mobile phone: this value is not valid.");
    expect(error.message).toContain("Name: fill it in in Russian or English (or both).");
  });

  run("keeps a portrait photo re-encoded as JPEG and says whether it is portrait", async () => {
    const speaker = await w.host.api.authoring.saveSpeaker({ exhibitorId: w.acme, speaker: speakerFields() });
    const tall = await upload(w.host.userId, w.acme, "anna.tif", await portraitTiff());
    const photo = await w.host.api.authoring.setSpeakerPhoto({ speakerId: speaker.id, uploadId: tall });
    expect(photo).toMatchObject({ photoIsPortrait: true, width: 200, height: 300 });
    const fileId = photo.photoUrl?.replace("/files/", "") ?? "";
    const kept = await w.t.services.storage.read(fileId);
    expect((await sharp(kept ?? new Uint8Array()).metadata()).format).toBe("jpeg");
    const [listed] = (await w.host.api.authoring.speakers({ exhibitorId: w.acme })).filter(
      (s) => s.id === speaker.id,
    );
    expect(listed).toMatchObject({ photoUrl: photo.photoUrl, photoIsPortrait: true });
    // Counted in the company's storage like its other files.
    const counted = await w.t.db
      .selectFrom("exhibitor_files")
      .select("file_id")
      .where("exhibitor_id", "=", w.acme)
      .where("file_id", "=", fileId)
      .executeTakeFirst();
    expect(counted).toBeDefined();

    const wide = await upload(w.host.userId, w.acme, "wide.png", await sampleFiles.png());
    expect(
      await w.host.api.authoring.setSpeakerPhoto({ speakerId: speaker.id, uploadId: wide }),
    ).toMatchObject({
      photoIsPortrait: false,
      width: 64,
      height: 48,
    });
    expect(await w.host.api.authoring.setSpeakerPhoto({ speakerId: speaker.id, uploadId: null })).toEqual({
      photoUrl: null,
      photoIsPortrait: null,
      width: null,
      height: null,
    });
  });

  run("refuses a text file named .jpg as a photo, by its content", async () => {
    const speaker = await w.host.api.authoring.saveSpeaker({ exhibitorId: w.acme, speaker: speakerFields() });
    const text = new TextEncoder().encode("Anna Petrova, chief engineer.\nNot a photo at all.\n");
    const fake = await upload(w.host.userId, w.acme, "anna.jpg", text);
    const error = await failure(
      w.host.api.authoring.setSpeakerPhoto({ speakerId: speaker.id, uploadId: fake }),
    );
    expect(appError(error).code).toBe("upload.typeNotAllowed");
    expect(error.message).toBe(
      "This type of file is not accepted here (its content is text). Accepted: JPEG, TIFF, PNG, WebP, GIF, AVIF.",
    );
    const [after] = (await w.host.api.authoring.speakers({ exhibitorId: w.acme })).filter(
      (s) => s.id === speaker.id,
    );
    expect(after?.photoUrl).toBeNull();
  });

  run("takes an organiser's photo for a programme speaker, and nobody else's upload", async () => {
    const speaker = await w.organiser.api.authoring.saveSpeaker({ speaker: speakerFields() });
    expect(speaker.exhibitorId).toBeNull();
    const mine = await upload(w.organiser.userId, "", "p.jpg", await portraitJpeg());
    expect(
      await w.organiser.api.authoring.setSpeakerPhoto({ speakerId: speaker.id, uploadId: mine }),
    ).toMatchObject({
      photoIsPortrait: true,
    });
    const hostsUpload = await upload(w.host.userId, w.acme, "p.jpg", await portraitJpeg());
    const error = await failure(
      w.organiser.api.authoring.setSpeakerPhoto({ speakerId: speaker.id, uploadId: hostsUpload }),
    );
    expect(appError(error).code).toBe("upload.gone");
  });

  run(
    "refuses to delete a speaker on an approved event, naming it, and deletes one that is free",
    async () => {
      const speaker = await w.host.api.authoring.saveSpeaker({
        exhibitorId: w.acme,
        speaker: speakerFields(),
      });
      const event = await w.host.api.authoring.saveEvent({
        exhibitorId: w.acme,
        event: eventDraft(speaker.id),
      });
      await w.host.api.authoring.submit({ eventId: event.id });
      await w.organiser.api.authoring.approve({ eventId: event.id });

      const error = await failure(w.host.api.authoring.deleteSpeaker({ speakerId: speaker.id }));
      expect(appError(error).code).toBe("authoring.speakerInUse");
      expect(error.message).toContain('"CNC machines: the new generation"');
      const [listed] = (await w.host.api.authoring.speakers({ exhibitorId: w.acme })).filter(
        (s) => s.id === speaker.id,
      );
      expect(listed).toMatchObject({ deletable: false, events: [{ id: event.id, status: "approved" }] });

      const free = await w.host.api.authoring.saveSpeaker({ exhibitorId: w.acme, speaker: speakerFields() });
      await w.host.api.authoring.deleteSpeaker({ speakerId: free.id });
      const left = await w.host.api.authoring.speakers({ exhibitorId: w.acme });
      expect(left.map((s) => s.id)).not.toContain(free.id);
    },
  );
});
