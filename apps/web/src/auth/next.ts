/** Where to go after signing in: only a path on this site, and never back to a sign-in form. */
export function safeNext(next: string | null | undefined): string {
  if (!next?.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return "/";
  const path = next.split(/[?#]/)[0] ?? "";
  if (["/sign-in", "/sign-up", "/forgot-password", "/reset-password"].includes(path)) return "/";
  return next;
}

/** A link to the sign-in form that brings the visitor back to `here` afterwards. */
export function signInHref(here: string, form: "/sign-in" | "/sign-up" = "/sign-in"): string {
  const back = safeNext(here);
  return back === "/" ? form : `${form}?next=${encodeURIComponent(back)}`;
}
