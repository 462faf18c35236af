/** Exhibitor-entered contacts turned into links that are safe to click. */

export interface WebLink {
  href: string;
  /** The address as people read it: host and path, without the scheme or a trailing slash. */
  label: string;
}

/** An http(s) address as a link; a bare "example.org" gets https; anything else (javascript:, garbage) is null. */
export function webLink(raw: string | null | undefined): WebLink | null {
  const text = raw?.trim() ?? "";
  if (text === "") return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return null;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return null;
  if (!url.hostname.includes(".") && url.hostname !== "localhost") return null;
  const path = `${url.pathname}${url.search}`.replace(/\/$/, "");
  return { href: url.href, label: `${url.host}${path}` };
}

/** A tel: link for a phone number written any usual way ("+7 (495) 123-45-67"), or null. */
export function phoneHref(raw: string | null | undefined): string | null {
  const text = raw?.trim() ?? "";
  const digits = text.replace(/[^\d]/g, "");
  if (digits.length < 5 || digits.length > 15) return null;
  return `tel:${text.startsWith("+") ? "+" : ""}${digits}`;
}

/** A mailto: link for an address that looks like one, or null. */
export function mailHref(raw: string | null | undefined): string | null {
  const text = raw?.trim() ?? "";
  return /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/.test(text) ? `mailto:${text}` : null;
}

/** A material's address: a file on this site (downloaded) or an http(s) page elsewhere (new tab); else null. */
export function materialHref(raw: string | null | undefined): { href: string; external: boolean } | null {
  const text = raw?.trim() ?? "";
  if (text.startsWith("/") && !text.startsWith("//")) return { href: text, external: false };
  const link = /^https?:\/\//i.test(text) ? webLink(text) : null;
  return link ? { href: link.href, external: true } : null;
}
