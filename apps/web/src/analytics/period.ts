/** The analytics period as the URL keeps it (?from=&to=, days in the exhibition's time zone). */

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export interface Period {
  from?: string;
  to?: string;
}

/** The period the URL names; malformed days are left out (the API then uses the exhibition's days). */
export function readPeriod(params: URLSearchParams): Period {
  const from = params.get("from") ?? "";
  const to = params.get("to") ?? "";
  return { ...(DAY.test(from) ? { from } : {}), ...(DAY.test(to) ? { to } : {}) };
}

/** `params` with the period written in (an empty day removes it), as a new object. */
export function writePeriod(params: URLSearchParams, period: Period): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const key of ["from", "to"] as const) {
    const day = period[key];
    if (day && DAY.test(day)) next.set(key, day);
    else next.delete(key);
  }
  return next;
}

/** A floor's heat map for the period: /floors/:slug?heat=1&from=&to=. */
export function heatMapHref(slug: string, period: Period): string {
  const params = writePeriod(new URLSearchParams({ heat: "1" }), period);
  return `/floors/${encodeURIComponent(slug)}?${params}`;
}

/** attended / registered as a whole percentage, or null when nobody registered. */
export function ratePercent(rate: number | null): number | null {
  return rate === null || !Number.isFinite(rate) ? null : Math.round(rate * 100);
}
