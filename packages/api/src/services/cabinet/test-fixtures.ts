/**
 * Test helpers for the cabinet: the test API with an exhibition and an organiser,
 * companies made through the API, profiles, error codes, letters.
 */
import { postgresAvailableForTests, type TestEngine } from "@pavilion/db/testing";
import type { AppErrorData, ProfileInput } from "@pavilion/schema";
import type { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, it } from "vitest";
import { type CapturedMail, createTestApi, type TestApi, type TestBrowser } from "../../testing/index.ts";
import { ClientFacingError } from "../../trpc.ts";
import { insertExhibition, type SmallExhibition } from "../floor/test-fixtures.ts";

/** What every cabinet API test starts from. */
export interface CabinetTestApi {
  t: TestApi;
  /** The small exhibition (floors "food" and more) the companies stand in. */
  expo: SmallExhibition;
  /** A signed-in organiser, who approves drafts. */
  organiser: TestBrowser & { userId: string };
}

/**
 * One test API on the engine for the enclosing describe, with the small exhibition
 * and a signed-in organiser; `setup` then makes what its tests share. Returns the
 * describe's `it`: skipping when the engine is PostgreSQL and none is available.
 */
export function useCabinetTestApi(engine: TestEngine, setup: (api: CabinetTestApi) => Promise<void> | void) {
  const skip = engine === "postgres" && !postgresAvailableForTests();
  let t: TestApi | undefined;
  beforeAll(async () => {
    if (skip) return;
    t = await createTestApi(engine);
    const expo = await insertExhibition(t.db);
    await setup({ t, expo, organiser: await t.signedIn({ role: "organiser" }) });
  });
  afterAll(() => t?.close());
  return skip ? it.skip : it;
}

/** A complete profile in both languages; `overrides` replace whole fields. */
export function profile(overrides: Partial<ProfileInput> = {}): ProfileInput {
  return {
    name: { ru: "Молочная ферма", en: "Dairy Farm" },
    description: { ru: "Молоко и сыр", en: "Milk and cheese" },
    products: { ru: "Сыр", en: "Cheese" },
    tags: "молоко, milk",
    website: "https://dairy.example",
    contactEmail: "hello@dairy.example",
    contactPhone: "+7 495 000-00-00",
    color: "#336699",
    boothSize: "medium",
    videoUrl: null,
    ...overrides,
  };
}

/** The application error a failed call carries (its code, params and fields). */
export function appError(error: TRPCError): AppErrorData {
  if (error.cause instanceof ClientFacingError) return error.cause.app;
  throw new Error(`expected an application error, got ${error.message}`);
}

/** The e-mail address of an account. */
export async function emailOf(t: TestApi, userId: string): Promise<string> {
  const user = await t.db
    .selectFrom("users")
    .select("email")
    .where("id", "=", userId)
    .executeTakeFirstOrThrow();
  return user.email;
}

/** Every letter captured for the address, in the order they arrived. */
export function lettersTo(t: TestApi, address: string): CapturedMail[] {
  return t.smtp.messages.filter((mail) => mail.to.includes(address));
}

/** A new company on the floor "food" with `owner` as its owner; returns its id. */
export async function newCompany(owner: TestBrowser, name = { ru: "Ферма", en: "Farm" }): Promise<string> {
  return (await owner.api.cabinet.createExhibitor({ name, floorSlug: "food" })).exhibitorId;
}

/** A company whose profile an organiser approved: on the floor, seen by visitors. */
export async function approvedCompany(
  owner: TestBrowser,
  organiser: TestBrowser,
  overrides: Partial<ProfileInput> = {},
): Promise<string> {
  const exhibitorId = await newCompany(owner);
  await owner.api.cabinet.saveProfile({ exhibitorId, profile: profile(overrides) });
  await owner.api.cabinet.submit({ exhibitorId });
  await organiser.api.moderation.approve({ exhibitorId });
  return exhibitorId;
}
