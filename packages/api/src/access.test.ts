/**
 * Default deny, checked for every procedure the API has (new ones are covered
 * automatically): each declares who may call it, and a caller without that role
 * is refused before the procedure does anything.
 */
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appRouter } from "./root.ts";
import { insertExhibition, insertExhibitor, T0 } from "./services/floor/test-fixtures.ts";
import { createTestApi, type TestApi, type TestBrowser } from "./testing/index.ts";
import type { Access } from "./trpc.ts";

interface ProcedureInfo {
  path: string;
  type: "query" | "mutation" | "subscription";
  access: Access | undefined;
}

const procedures: ProcedureInfo[] = Object.entries(
  appRouter._def.procedures as unknown as Record<
    string,
    { _def: { type: ProcedureInfo["type"]; meta?: { access?: Access } } }
  >,
).map(([path, procedure]) => ({ path, type: procedure._def.type, access: procedure._def.meta?.access }));

/** Procedures that anyone may call, on purpose. Adding one here is a decision to review. */
const publicByDesign = [
  "auth.me",
  "auth.signUp",
  "auth.signIn",
  "auth.requestPasswordReset",
  "auth.resetPassword",
  "exhibition.overview",
  "exhibition.exhibitors",
  "exhibition.search",
  "floor.plan",
  "booth.page",
  // A booth's 3D models and tour, shown like its page (drafts only to its team and organisers).
  "immersive.booth",
  // Events open to everyone may be watched signed out; the procedure applies each event's rule.
  "live.eventToken",
  // The webinar page and the recordings library: each event's rules decide what a caller sees.
  "webinar.state",
  "webinar.recordings",
  // An event's Q&A queue, read signed out when the event is open to everyone.
  "qa.list",
  // The programme is public; the form's state says signed-out callers must sign in to register.
  "programme.schedule",
  "programme.event",
  "registration.formState",
  // A booth's free meeting times are public, like the booth; booking needs an account.
  "meetings.freeSlots",
];

async function callAs(browser: TestBrowser, path: string, input?: unknown): Promise<unknown> {
  const fn = path
    .split(".")
    .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], browser.api);
  return (fn as (input?: unknown) => Promise<unknown>)(input);
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "OK";
  } catch (error) {
    return error instanceof TRPCError ? error.code : "THREW";
  }
}

describe("who may call each procedure", () => {
  let t: TestApi;
  let visitor: TestBrowser;
  beforeAll(async () => {
    t = await createTestApi();
    visitor = await t.signedIn();
  });
  afterAll(() => t.close());

  it("gives every procedure an access level", () => {
    expect(procedures.length).toBeGreaterThan(0);
    for (const procedure of procedures) expect(procedure.access, procedure.path).toBeDefined();
  });

  it("keeps public only the procedures meant to be public", () => {
    const publicOnes = procedures.filter((p) => p.access === "public").map((p) => p.path);
    expect(publicOnes.sort()).toEqual([...publicByDesign].sort());
  });

  it.each(procedures.filter((p) => p.access !== "public"))(
    "refuses $path to a caller who is not signed in",
    async ({ path }) => {
      expect(await codeOf(callAs(t.browser(), path))).toBe("UNAUTHORIZED");
    },
  );

  it.each(procedures.filter((p) => p.access === "organiser"))(
    "refuses $path to a visitor",
    async ({ path }) => {
      expect(await codeOf(callAs(visitor, path))).toBe("FORBIDDEN");
    },
  );
});

describe("who may act for an exhibitor", () => {
  let t: TestApi;
  let target: string;
  let visitor: TestBrowser;
  let ownerOfAnother: TestBrowser;
  let staffOfTarget: TestBrowser;
  beforeAll(async () => {
    t = await createTestApi();
    const expo = await insertExhibition(t.db);
    target = await insertExhibitor(t.db, expo.exhibitionId, { slug: "target", floorId: expo.food });
    const another = await insertExhibitor(t.db, expo.exhibitionId, { slug: "another", floorId: expo.food });
    visitor = await t.signedIn();
    const owner = await t.signedIn();
    const staff = await t.signedIn();
    await t.db
      .insertInto("members")
      .values([
        { exhibitor_id: another, user_id: owner.userId, role: "owner", created_at: T0 },
        { exhibitor_id: target, user_id: staff.userId, role: "staff", created_at: T0 },
      ])
      .execute();
    ownerOfAnother = owner;
    staffOfTarget = staff;
  });
  afterAll(() => t.close());

  const forMembers = procedures.filter((p) => p.access === "member" || p.access === "owner");

  it("has procedures for members and for owners to check", () => {
    expect(forMembers.filter((p) => p.access === "member").length).toBeGreaterThan(5);
    expect(forMembers.filter((p) => p.access === "owner").length).toBeGreaterThan(3);
  });

  it.each(forMembers)(
    "refuses $path for an exhibitor to a visitor who is not on its team",
    async ({ path }) => {
      expect(await codeOf(callAs(visitor, path, { exhibitorId: target }))).toBe("FORBIDDEN");
    },
  );

  it.each(forMembers)("refuses $path for an exhibitor to the owner of another one", async ({ path }) => {
    expect(await codeOf(callAs(ownerOfAnother, path, { exhibitorId: target }))).toBe("FORBIDDEN");
  });

  it.each(forMembers.filter((p) => p.access === "owner"))(
    "refuses $path to the exhibitor's own staff",
    async ({ path }) => {
      expect(await codeOf(callAs(staffOfTarget, path, { exhibitorId: target }))).toBe("FORBIDDEN");
    },
  );
});
