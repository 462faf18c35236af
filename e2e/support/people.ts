/** The people of a test: each in a browser context of their own, in English, signed in through the API. */
import type { APIRequestContext, Browser, Page } from "@playwright/test";
import { PASSWORD, uniqueEmail, uniqueName } from "../fixtures.ts";
import { trpcMutation, trpcQuery } from "./trpc.ts";

/** A page in a fresh context with the app in English. bypassCSP lets a test inject livekit-client. */
export async function openEnglishPage(
  browser: Browser,
  baseURL: string | undefined,
  options: { bypassCSP?: boolean } = {},
): Promise<Page> {
  const context = await browser.newContext({
    baseURL,
    locale: "en-US",
    bypassCSP: options.bypassCSP ?? false,
  });
  await context.addInitScript(() => window.localStorage.setItem("pavilion.locale", "en"));
  return context.newPage();
}

/** Signs a new person up (so what happens to them changes nothing for other tests); returns their name. */
export async function signUpNewPerson(
  request: APIRequestContext,
  first: string,
  emailPrefix: string,
): Promise<string> {
  const name = uniqueName(first);
  await trpcMutation(request, "auth.signUp", {
    name,
    email: uniqueEmail(emailPrefix),
    password: PASSWORD,
    locale: "en",
  });
  return name;
}

/** The seeded demo company's staff member, as the seed creates them. */
const DEMO_STAFF = { email: "staff@demo.pavilion", password: "pavilion-demo" };

/** Signs in as the demo company's staff member; returns their name and their company. */
export async function signInAsDemoStaff(
  request: APIRequestContext,
): Promise<{ name: string; exhibitorId: string }> {
  const me = await trpcMutation<{ name: string; memberships: { exhibitorId: string }[] }>(
    request,
    "auth.signIn",
    DEMO_STAFF,
  );
  return { name: me.name, exhibitorId: me.memberships[0]?.exhibitorId ?? "" };
}

/**
 * The demo company's next webinar that has not ended. It is seeded to start soon after the seed,
 * so maybe after midnight in the exhibition's time zone: found through the company, not "today".
 */
export async function comingWebinarOf(
  request: APIRequestContext,
  exhibitorId: string,
): Promise<{ id: string }> {
  const { items } = await trpcQuery<{
    items: { id: string; status: string; phase: string; startsAt: string }[];
  }>(request, "webinar.exhibitorWebinars", { exhibitorId });
  const [webinar] = items
    .filter((item) => item.status === "approved" && item.phase !== "ended")
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  if (!webinar) throw new Error(`exhibitor ${exhibitorId} has no coming webinar`);
  return webinar;
}
