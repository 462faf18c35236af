/**
 * One webhook request over node:http(s): a POST with a hard timeout for the whole exchange, no
 * redirects followed, and a DNS check at connect time, so a name that resolves to a link-local
 * address (say, a record pointing at 169.254.169.254) is refused like the address itself.
 */
import { lookup as dnsLookup } from "node:dns";
import http from "node:http";
import https from "node:https";
import { isIP, type LookupFunction } from "node:net";
import { isRefusedAddress } from "./url-policy.ts";

/** How long a CRM may take to answer before the attempt counts as failed. */
export const WEBHOOK_TIMEOUT_MS = 10_000;
/** How much of a refusing CRM's answer the delivery log keeps. */
const ERROR_BODY_CHARS = 200;

export interface PostOutcome {
  /** True for a 2xx answer. */
  ok: boolean;
  /** The HTTP status, or null when no answer came (refused, timed out, DNS). */
  status: number | null;
  error: string | null;
  durationMs: number;
}

/** POSTs `body` with `headers` to `url`; never throws, the outcome says what happened. */
export async function postWebhook(
  url: string,
  body: string,
  headers: Record<string, string>,
  timeoutMs: number = WEBHOOK_TIMEOUT_MS,
): Promise<PostOutcome> {
  const started = performance.now();
  const took = () => Math.round(performance.now() - started);
  try {
    const target = new URL(url);
    if (target.protocol !== "http:" && target.protocol !== "https:")
      throw new Error("Not an http(s) address");
    if (isIP(bare(target.hostname)) !== 0 && isRefusedAddress(target.hostname)) {
      throw new Error(`Refused address ${target.hostname}`);
    }
    const answer = await send(target, body, headers, AbortSignal.timeout(timeoutMs));
    const ok = answer.status >= 200 && answer.status < 300;
    const detail = answer.text.trim().slice(0, ERROR_BODY_CHARS);
    const error = ok ? null : `HTTP ${answer.status}${detail ? `: ${detail}` : ""}`;
    return { ok, status: answer.status, error, durationMs: took() };
  } catch (error) {
    return { ok: false, status: null, error: describe(error, timeoutMs), durationMs: took() };
  }
}

function send(
  target: URL,
  body: string,
  headers: Record<string, string>,
  signal: AbortSignal,
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const options: http.RequestOptions = {
      method: "POST",
      headers: { ...headers, "Content-Length": String(Buffer.byteLength(body)) },
      lookup: guardedLookup,
      signal,
      // A fresh connection each time: no idle sockets kept to CRMs between deliveries.
      agent: false,
    };
    const request = (target.protocol === "https:" ? https : http).request(target, options, (response) => {
      const chunks: Buffer[] = [];
      let size = 0;
      response.on("data", (chunk: Buffer) => {
        if (size < 4 * ERROR_BODY_CHARS) chunks.push(chunk);
        size += chunk.length;
      });
      response.on("end", () =>
        resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8") }),
      );
      response.on("error", reject);
      response.on("close", () => {
        if (!response.complete) reject(signal.aborted ? signal.reason : new Error("Connection closed early"));
      });
    });
    request.on("error", reject);
    request.end(body);
  });
}

/** dns.lookup that refuses link-local answers (both the single and the `all` form net uses). */
const guardedLookup = ((hostname, options, callback) => {
  dnsLookup(hostname, options, (error, address, family) => {
    if (error) return callback(error, address as string, family);
    const answers = Array.isArray(address) ? address : [{ address, family }];
    const refused = answers.find((answer) => isRefusedAddress(answer.address));
    if (refused) {
      const denied = Object.assign(new Error(`Refused address ${refused.address} for ${hostname}`), {
        code: "EADDRREFUSED",
      });
      return callback(denied, "", 4);
    }
    return callback(null, address as string, family);
  });
}) as LookupFunction;

function describe(error: unknown, timeoutMs: number): string {
  if (error instanceof Error) {
    const cause = (error as { cause?: unknown }).cause;
    if (error.name === "TimeoutError" || (cause instanceof Error && cause.name === "TimeoutError")) {
      return `No answer within ${timeoutMs} ms`;
    }
    return error.message.slice(0, 500) || error.name;
  }
  return String(error).slice(0, 500);
}

function bare(host: string): string {
  return host.startsWith("[") && host.endsWith("]") ? host.slice(1, -1) : host;
}
