/** Calling the app's tRPC API over HTTP as a signed-in person (superjson envelopes, batching). */

export interface Call {
  path: string;
  input: unknown;
}

const cookieOf = (token: string) => `pavilion_session=${token}`;

/** One tRPC query as GET; resolves with the milliseconds it took, throws on an error answer. */
export async function timedQuery(baseUrl: string, token: string, call: Call): Promise<number> {
  const url = `${baseUrl}/trpc/${call.path}?input=${encodeURIComponent(JSON.stringify({ json: call.input }))}`;
  const started = performance.now();
  const response = await fetch(url, { headers: { cookie: cookieOf(token) } });
  const body = await response.text();
  const ms = performance.now() - started;
  if (!response.ok) throw new Error(`${call.path}: HTTP ${response.status} ${body.slice(0, 300)}`);
  return ms;
}

/**
 * Several mutations of one procedure in one HTTP request (what tRPC's httpBatchLink sends when a
 * client makes calls together); resolves with how many succeeded.
 */
export async function batchedMutation(
  baseUrl: string,
  token: string,
  path: string,
  inputs: unknown[],
): Promise<number> {
  const url = `${baseUrl}/trpc/${inputs.map(() => path).join(",")}?batch=1`;
  const body = JSON.stringify(Object.fromEntries(inputs.map((input, i) => [String(i), { json: input }])));
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", cookie: cookieOf(token) },
    body,
  });
  const results = (await response.json()) as Array<{ result?: unknown; error?: unknown }>;
  return results.filter((r) => r.result !== undefined).length;
}
