import { TEST_ENGINES } from "@pavilion/db/testing";
import { describe, expect } from "vitest";
import {
  appError,
  approvedCompany,
  newCompany,
  useCabinetTestApi,
} from "../services/cabinet/test-fixtures.ts";
import { failure, type TestApi, type TestBrowser } from "../testing/index.ts";

const card = {
  ...{ name: "Мария Соколова", company: "Вкусно", position: "Закупщик", email: "Maria@Example.TEST" },
  ...{ phone: "+7 900 000-00-00", message: "Нужен прайс", consent: true as const },
};

describe.each(TEST_ENGINES)("what visitors do at a booth on %s", (engine) => {
  let t: TestApi;
  let owner: TestBrowser & { userId: string };
  let exhibitorId: string;
  let draftId: string;
  let organiser: TestBrowser;
  const run = useCabinetTestApi(engine, async (api) => {
    ({ t, organiser } = api);
    owner = await t.signedIn();
    exhibitorId = await approvedCompany(owner, organiser, { videoUrl: "https://video.example/tour" });
    draftId = await newCompany(owner, { ru: "Черновик", en: "Draft" });
  });

  const activityOf = async (kind: string) =>
    (await owner.api.cabinet.activity({ exhibitorId })).items.filter((item) => item.kind === kind);

  run("leaves a business card only with consent, and names the field when it is missing", async () => {
    const visitor = await t.signedIn();
    const refused = await failure(
      visitor.api.booth.leaveContacts({ ...card, exhibitorId, consent: false as never }),
    );
    expect(refused.code).toBe("BAD_REQUEST");
    expect(Object.keys(appError(refused).fields ?? {})).toEqual(["consent"]);
    expect(refused.message).toContain("Consent to share your contacts");
    expect(await visitor.api.booth.myCard({ exhibitorId })).toBeNull();
  });

  run("keeps one card per visitor and booth, updated when left again, and shows it to the team", async () => {
    const visitor = await t.signedIn({ name: "Maria" });
    expect(await visitor.api.booth.leaveContacts({ ...card, exhibitorId })).toEqual({ ok: true });
    t.clock.advance(60_000);
    await visitor.api.booth.leaveContacts({ ...card, exhibitorId, message: "Пришлите каталог" });
    expect(await visitor.api.booth.myCard({ exhibitorId })).toMatchObject({
      ...{ name: "Мария Соколова", email: "maria@example.test", message: "Пришлите каталог" },
    });
    const activity = await owner.api.cabinet.activity({ exhibitorId });
    expect(activity.contacts.filter((c) => c.email === "maria@example.test")).toEqual([
      expect.objectContaining({ company: "Вкусно", position: "Закупщик", message: "Пришлите каталог" }),
    ]);
    const left = await activityOf("contact.left");
    expect(left.filter((item) => item.visitorName === "Maria")).toHaveLength(2);
    expect(await t.signedIn().then((other) => other.api.booth.myCard({ exhibitorId }))).toBeNull();
  });

  run("takes no card at a booth that is not on the floor", async () => {
    const visitor = await t.signedIn();
    for (const id of [draftId, crypto.randomUUID()]) {
      expect((await failure(visitor.api.booth.leaveContacts({ ...card, exhibitorId: id }))).code).toBe(
        "NOT_FOUND",
      );
    }
    expect((await failure(t.browser().api.booth.leaveContacts({ ...card, exhibitorId }))).code).toBe(
      "UNAUTHORIZED",
    );
  });

  run("records video plays of visitors, not of the exhibitor's own team", async () => {
    const visitor = await t.signedIn({ name: "Viewer" });
    expect(await visitor.api.booth.recordVideoPlay({ exhibitorId })).toEqual({ recorded: true });
    expect(await owner.api.booth.recordVideoPlay({ exhibitorId })).toEqual({ recorded: false });
    const plays = await activityOf("video.play");
    expect(plays.map((item) => [item.visitorName, item.materialTitle])).toEqual([["Viewer", null]]);
  });

  run("records a play of a video material only while visitors can see it", async () => {
    const materialId = crypto.randomUUID();
    await t.db
      .insertInto("materials")
      .values({
        ...{ id: materialId, exhibitor_id: exhibitorId, kind: "video", file_id: null, url: null },
        ...{ file_name: "tour.mp4", title_ru: "Экскурсия", title_en: "Tour", description_ru: "" },
        ...{
          description_en: "",
          position: 0,
          published: 1,
          approved: 0,
          created_at: t.clock.now.toISOString(),
        },
      })
      .execute();
    const visitor = await t.signedIn({ name: "Watcher" });
    const play = () => visitor.api.booth.recordVideoPlay({ exhibitorId, materialId });
    expect((await failure(play())).code).toBe("NOT_FOUND");
    await t.db.updateTable("materials").set({ approved: 1 }).where("id", "=", materialId).execute();
    expect(await play()).toEqual({ recorded: true });
    const plays = await activityOf("video.play");
    expect(plays[0]).toMatchObject({
      visitorName: "Watcher",
      materialTitle: { ru: "Экскурсия", en: "Tour" },
    });
    await owner.api.cabinet.publishMaterial({ exhibitorId, materialId, published: false });
    expect((await failure(play())).code).toBe("NOT_FOUND");
  });

  run("records no play at a booth without a video, or one not on the floor", async () => {
    const visitor = await t.signedIn();
    const plain = await approvedCompany(owner, organiser);
    for (const id of [plain, draftId]) {
      expect((await failure(visitor.api.booth.recordVideoPlay({ exhibitorId: id }))).code).toBe("NOT_FOUND");
    }
  });
});
