/**
 * A member of one company names its own company (so the access check passes) and
 * another company's material, invitation or member: each such call is refused and
 * leaves the other company exactly as it was.
 */
import { TEST_ENGINES } from "@pavilion/db/testing";
import { describe, expect } from "vitest";
import {
  appError,
  approvedCompany,
  newCompany,
  useCabinetTestApi,
} from "../services/cabinet/test-fixtures.ts";
import { failure, type TestApi, type TestBrowser } from "../testing/index.ts";

const texts = { title: { ru: "Чужое", en: "Theirs" }, description: { ru: "", en: "" } };

describe.each(TEST_ENGINES)("ids of another company on %s", (engine) => {
  let t: TestApi;
  let ownerA: TestBrowser;
  let ownerB: TestBrowser;
  let a: string;
  let b: string;
  let theirMaterial: string;
  let theirVideo: string;
  let theirInvite: string;
  let theirStaff: string;

  /** What company B has: its materials, team and invitations, to compare before and after. */
  const stateOfB = async () => ({
    materials: await ownerB.api.cabinet.materials({ exhibitorId: b }),
    team: await ownerB.api.cabinet.team({ exhibitorId: b }),
  });

  const run = useCabinetTestApi(engine, async ({ t: api, organiser }) => {
    t = api;
    ownerA = await t.signedIn();
    ownerB = await t.signedIn();
    a = await approvedCompany(ownerA, organiser);
    b = await approvedCompany(ownerB, organiser);
    const materials = await ownerB.api.cabinet.addLink({
      exhibitorId: b,
      url: "https://b.example/",
      ...texts,
    });
    theirMaterial = materials[0]?.id ?? "";
    theirVideo = crypto.randomUUID();
    await t.db
      .insertInto("materials")
      .values({
        ...{ id: theirVideo, exhibitor_id: b, kind: "video", file_id: null, url: null, file_name: "v.mp4" },
        ...{ title_ru: "В", title_en: "V", description_ru: "", description_en: "", position: 1 },
        ...{ published: 1, approved: 1, created_at: t.clock.now.toISOString() },
      })
      .execute();
    const team = await ownerB.api.cabinet.invite({
      exhibitorId: b,
      email: "someone@example.test",
      role: "staff",
    });
    theirInvite = team.invites[0]?.id ?? "";
    const staff = await t.signedIn();
    theirStaff = staff.userId;
    await t.db
      .insertInto("members")
      .values({
        exhibitor_id: b,
        user_id: staff.userId,
        role: "staff",
        created_at: t.clock.now.toISOString(),
      })
      .execute();
  });

  const refusals: [string, () => Promise<unknown>, string][] = [
    [
      "updateMaterial",
      () => ownerA.api.cabinet.updateMaterial({ exhibitorId: a, materialId: theirMaterial, ...texts }),
      "NOT_FOUND",
    ],
    [
      "publishMaterial",
      () =>
        ownerA.api.cabinet.publishMaterial({ exhibitorId: a, materialId: theirMaterial, published: false }),
      "NOT_FOUND",
    ],
    [
      "removeMaterial",
      () => ownerA.api.cabinet.removeMaterial({ exhibitorId: a, materialId: theirMaterial }),
      "NOT_FOUND",
    ],
    [
      "reorderMaterials",
      () => ownerA.api.cabinet.reorderMaterials({ exhibitorId: a, materialIds: [theirVideo, theirMaterial] }),
      "BAD_REQUEST",
    ],
    [
      "revokeInvite",
      () => ownerA.api.cabinet.revokeInvite({ exhibitorId: a, inviteId: theirInvite }),
      "NOT_FOUND",
    ],
    [
      "setMemberRole",
      () => ownerA.api.cabinet.setMemberRole({ exhibitorId: a, userId: theirStaff, role: "owner" }),
      "NOT_FOUND",
    ],
    [
      "removeMember",
      () => ownerA.api.cabinet.removeMember({ exhibitorId: a, userId: theirStaff }),
      "NOT_FOUND",
    ],
    [
      "booth.recordVideoPlay",
      () => ownerA.api.booth.recordVideoPlay({ exhibitorId: a, materialId: theirVideo }),
      "NOT_FOUND",
    ],
  ];

  run.each(refusals)(
    "refuses %s with another company's id and changes nothing there",
    async (_, call, code) => {
      const before = await stateOfB();
      const refused = await failure(call());
      expect(refused.code).toBe(code);
      if (code === "NOT_FOUND") expect(appError(refused).code).toBe("notFound");
      expect(await stateOfB()).toEqual(before);
    },
  );

  run("shows nothing of another company's materials to a member of this one", async () => {
    const ours = await newCompany(ownerA);
    expect(await ownerA.api.cabinet.materials({ exhibitorId: ours })).toEqual([]);
    expect((await ownerA.api.cabinet.team({ exhibitorId: ours })).invites).toEqual([]);
  });
});
