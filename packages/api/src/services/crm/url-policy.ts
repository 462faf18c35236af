/**
 * Where a CRM webhook may point. The server POSTs to an address an exhibitor typed, so the address
 * must not turn it against itself or its host: link-local addresses (169.254.0.0/16, fe80::/10)
 * carry cloud metadata services that hand out credentials, and a webhook aimed at the app's own
 * address would loop. Loopback (localhost, 127.0.0.1) and private networks stay allowed on
 * purpose: a self-hosted CRM on the same box or the office network is a real setup, and tests
 * run their receiver on 127.0.0.1.
 */
import { BlockList, isIP } from "node:net";

/** Why an address is refused, or null when it may be used. */
export type WebhookUrlProblem = "notHttp" | "linkLocal" | "selfAddress";

/** Checks a webhook address against the rules above; `publicUrl` is where the app itself is reached. */
export function webhookUrlProblem(url: string, publicUrl: string): WebhookUrlProblem | null {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return "notHttp";
  }
  if (target.protocol !== "http:" && target.protocol !== "https:") return "notHttp";
  const host = bareHost(target.hostname);
  if (isIP(host) !== 0 && isRefusedAddress(host)) return "linkLocal";
  if (pointsAtSelf(target, publicUrl)) return "selfAddress";
  return null;
}

// 169.254.0.0/16 is link-local (169.254.169.254 the cloud metadata service), 0.0.0.0/8 "this host";
// fe80::/10 is IPv6 link-local and fd00:ec2::254 AWS's IPv6 metadata address. BlockList also
// matches IPv4-mapped IPv6 forms such as ::ffff:a9fe:a9fe.
const refused = new BlockList();
refused.addSubnet("169.254.0.0", 16, "ipv4");
refused.addSubnet("0.0.0.0", 8, "ipv4");
refused.addSubnet("fe80::", 10, "ipv6");
refused.addAddress("fd00:ec2::254", "ipv6");

/** True for addresses a webhook must never reach: link-local ones and metadata services. */
export function isRefusedAddress(address: string): boolean {
  const host = bareHost(address);
  const family = isIP(host);
  if (family === 0) return false;
  return refused.check(host, family === 4 ? "ipv4" : "ipv6");
}

function pointsAtSelf(target: URL, publicUrl: string): boolean {
  let self: URL;
  try {
    self = new URL(publicUrl);
  } catch {
    return false;
  }
  if (portOf(target) !== portOf(self)) return false;
  const a = bareHost(target.hostname).toLowerCase();
  const b = bareHost(self.hostname).toLowerCase();
  return a === b || (isLoopback(a) && isLoopback(b));
}

function portOf(url: URL): string {
  return url.port || (url.protocol === "https:" ? "443" : "80");
}

function isLoopback(host: string): boolean {
  return host === "localhost" || host === "::1" || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** "[::1]" → "::1": URL keeps IPv6 hosts in brackets. */
function bareHost(host: string): string {
  return host.startsWith("[") && host.endsWith("]") ? host.slice(1, -1) : host;
}
