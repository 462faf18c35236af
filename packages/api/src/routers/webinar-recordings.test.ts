/** Recordings: uploaded by the hosts (checked by content, within the quota), listed as each event's rule allows. */
import { postgresAvailableForTests, TEST_ENGINES } from "@pavilion/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appError } from "../services/cabinet/test-fixtures.ts";
import { insertEvent, register } from "../services/events/test-fixtures.ts";
import { type WebinarWorld, webinarWorld } from "../services/webinar/test-fixtures.ts";
import { createTestApi, failure, putTestUpload, sampleFiles, type TestApi } from "../testing/index.ts";

describe.each(TEST_ENGINES)("webinar recordings on %s", (engine) => {
  let t: TestApi;
  let w: WebinarWorld;
  const skip = engine === "postgres" && !postgresAvailableForTests();
  const run = skip ? it.skip : it;
  const codeOf = async (call: Promise<unknown>) => appError(await failure(call)).code;

  /** A finished upload of `bytes` by acme's staff member, for acme's videos. */
  const upload = async (bytes: Uint8Array, filename = "recording.mp4", userId = w.staff.userId) =>
    putTestUpload(t.services, { userId, exhibitorId: w.acme, purpose: "video", filename, bytes });

  beforeAll(async () => {
    if (skip) return;
    t = await createTestApi(engine);
    w = await webinarWorld(t);
  });
  afterAll(() => t?.close());

  run("makes an uploaded video the webinar's recording, kept within the exhibitor's quota", async () => {
    const eventId = await insertEvent(t.db, w.exhibitionId, {
      exhibitorId: w.acme,
      recordingAccess: "everyone",
    });
    const state = await w.staff.api.webinar.attachRecording({
      eventId,
      uploadId: await upload(await sampleFiles.mp4()),
    });
    expect(state.recording).toEqual({
      url: expect.stringMatching(/^\/files\/[0-9a-f]{64}$/),
      durationMs: expect.any(Number),
    });
    expect(state.recording?.durationMs).toBeGreaterThan(1500);
    const fileId = state.recording?.url.slice("/files/".length) ?? "";
    const kept = await t.db
      .selectFrom("exhibitor_files")
      .select("purpose")
      .where("file_id", "=", fileId)
      .execute();
    expect(kept).toEqual([{ purpose: "video" }]);
    expect((await t.browser().api.webinar.state({ eventId })).recording?.url).toBe(state.recording?.url);
    expect((await w.staff.api.webinar.exhibitorWebinars({ exhibitorId: w.acme })).items).toContainEqual(
      expect.objectContaining({ id: eventId, hasRecording: true }),
    );
  });

  run("refuses a file that is not a video by its content, whatever its name", async () => {
    const eventId = await insertEvent(t.db, w.exhibitionId, { exhibitorId: w.acme });
    const attach = async (bytes: Uint8Array) =>
      codeOf(w.staff.api.webinar.attachRecording({ eventId, uploadId: await upload(bytes) }));
    expect(await attach(sampleFiles.notAVideo())).toBe("upload.notVideo");
    expect(await attach(await sampleFiles.pdf())).toBe("upload.typeNotAllowed");
    expect((await w.staff.api.webinar.state({ eventId })).recording).toBeNull();
  });

  run("lets only the webinar's hosts attach a recording, and only their own upload", async () => {
    const eventId = await insertEvent(t.db, w.exhibitionId, { exhibitorId: w.acme });
    const uploadId = await upload(await sampleFiles.mp4());
    expect(await codeOf(w.visitor.api.webinar.attachRecording({ eventId, uploadId }))).toBe("auth.forbidden");
    expect(await codeOf(w.organiser.api.webinar.attachRecording({ eventId, uploadId }))).toBe(
      "auth.forbidden",
    );
    const colleague = await t.signedIn();
    await t.db
      .insertInto("members")
      .values({
        exhibitor_id: w.acme,
        user_id: colleague.userId,
        role: "staff",
        created_at: "2026-11-01T00:00:00.000Z",
      })
      .execute();
    expect(await codeOf(colleague.api.webinar.attachRecording({ eventId, uploadId }))).toBe("upload.gone");
  });

  run("lists each recording only to those its event's rule lets see it, newest first", async () => {
    await t.db.updateTable("events").set({ recording_file_id: null }).execute();
    const fileId =
      (
        await w.staff.api.webinar.attachRecording({
          eventId: await insertEvent(t.db, w.exhibitionId, {
            exhibitorId: w.acme,
            startsAt: "2026-11-20T10:00:00.000Z",
          }),
          uploadId: await upload(await sampleFiles.mp4()),
        })
      ).recording?.url.slice("/files/".length) ?? "";
    await t.db.updateTable("events").set({ recording_file_id: null }).execute();
    const withRecording = async (rule: "everyone" | "signed_in" | "registered" | "hosts", day: string) => {
      const id = await insertEvent(t.db, w.exhibitionId, {
        ...{ exhibitorId: w.acme, recordingAccess: rule, access: "everyone" },
        startsAt: `2026-11-${day}T10:00:00.000Z`,
      });
      await t.db.updateTable("events").set({ recording_file_id: fileId }).where("id", "=", id).execute();
      return id;
    };
    const open = await withRecording("everyone", "21");
    const signedIn = await withRecording("signed_in", "22");
    const registered = await withRecording("registered", "23");
    const hosts = await withRecording("hosts", "24");
    const session = await insertEvent(t.db, w.exhibitionId, {
      ...{ exhibitorId: null, recordingAccess: "everyone" },
      startsAt: "2026-11-19T10:00:00.000Z",
    });
    await t.db.updateTable("events").set({ recording_file_id: fileId }).where("id", "=", session).execute();
    const listed = async (caller: { api: typeof w.visitor.api }, exhibitorId?: string) =>
      (await caller.api.webinar.recordings(exhibitorId ? { exhibitorId } : {})).items.map(
        (item) => item.eventId,
      );

    expect(await listed(t.browser())).toEqual([open, session]);
    expect(await listed(w.visitor)).toEqual([signedIn, open, session]);
    await register(t.db, registered, w.visitor.userId, "accepted");
    expect(await listed(w.visitor)).toEqual([registered, signedIn, open, session]);
    expect(await listed(w.staff)).toEqual([hosts, registered, signedIn, open, session]);
    expect(await listed(w.organiser, w.acme)).toEqual([hosts, registered, signedIn, open]);
    const item = (await t.browser().api.webinar.recordings({})).items[0];
    expect(item).toMatchObject({
      ...{ eventId: open, host: { exhibitorId: w.acme, name: { ru: "Акме", en: "Acme" } } },
      ...{ url: `/files/${fileId}`, posterUrl: expect.stringMatching(/^\/files\//) },
    });
  });

  run("lists an exhibitor's webinars with their phase for its team only", async () => {
    const draft = await insertEvent(t.db, w.exhibitionId, { exhibitorId: w.acme, status: "draft" });
    const items = (await w.staff.api.webinar.exhibitorWebinars({ exhibitorId: w.acme })).items;
    expect(items.find((item) => item.id === draft)).toMatchObject({
      status: "draft",
      phase: "scheduled",
      hasRecording: false,
    });
    expect(items.map((item) => item.startsAt)).toEqual([...items.map((item) => item.startsAt)].sort());
    expect(await codeOf(w.visitor.api.webinar.exhibitorWebinars({ exhibitorId: w.acme }))).toBe(
      "auth.forbidden",
    );
  });
});
