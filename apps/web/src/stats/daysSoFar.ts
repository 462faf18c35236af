/**
 * The days of a period that have begun: a chart of the whole exhibition stops at today instead of
 * drawing the days to come as days nobody came. "Today" is the viewer's; the exhibition's zone is
 * at most a day apart, and its figures stay in the tables and the report.
 */
export function daysSoFar<T extends { day: string }>(days: readonly T[], now: Date = new Date()): T[] {
  const today = [now.getFullYear(), now.getMonth() + 1, now.getDate()]
    .map((part, i) => String(part).padStart(i === 0 ? 4 : 2, "0"))
    .join("-");
  return days.filter((day) => day.day <= today);
}
