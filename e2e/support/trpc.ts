/** Calls the app's tRPC API over HTTP as the page's signed-in person (or nobody), failing on any non-200 answer. */
import { type APIRequestContext, expect } from "@playwright/test";

type Answer<T> = { result: { data: { json: T } } };

async function dataOf<T>(path: string, response: Awaited<ReturnType<APIRequestContext["get"]>>): Promise<T> {
  expect(response.status(), `${path}: ${await response.text()}`).toBe(200);
  return ((await response.json()) as Answer<T>).result.data.json;
}

/** Runs a mutation (`auth.signIn`, …) and returns its result. */
export async function trpcMutation<T = unknown>(
  request: APIRequestContext,
  path: string,
  input: unknown,
): Promise<T> {
  return dataOf<T>(path, await request.post(`/trpc/${path}`, { data: { json: input } }));
}

/** Runs a query (`auth.me`, …), with its input if it takes one, and returns its result. */
export async function trpcQuery<T>(request: APIRequestContext, path: string, input?: unknown): Promise<T> {
  const query = input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
  return dataOf<T>(path, await request.get(`/trpc/${path}${query}`));
}
