/**
 * The exhibitor's statistics as a file its team downloads: an .xlsx with the sheets Summary, Days,
 * Materials and Webinars, or the days as CSV; labels in the reader's language.
 */
import type { Database } from "@pavilion/db";
import { type SupportedLocale, translate } from "@pavilion/i18n";
import { type ExhibitorStats, type SessionUser, statsPeriodSchema } from "@pavilion/schema";
import { AppError, ForbiddenError } from "../../errors.ts";
import { isMemberOf } from "../auth/membership.ts";
import { inLanguage } from "../cabinet/names.ts";
import type { ExportFile } from "../exports/registrant-export.ts";
import { localTime } from "../exports/registrants.ts";
import { csvOf } from "../exports/spreadsheet.ts";
import { fileNameOf } from "../programme/calendar-files.ts";
import { exhibitorStats } from "./exhibitor.ts";
import type { ReportSheet } from "./report-file.ts";
import { workbookOf } from "./report-file.ts";

export type StatsReportFormat = "xlsx" | "csv";

const CONTENT_TYPES: Record<StatsReportFormat, string> = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  csv: "text/csv; charset=utf-8",
};

interface ReportContext {
  company: string;
  timeZone: string;
  locale: SupportedLocale;
}

const oneDecimal = (value: number) => Math.round(value * 10) / 10;

/**
 * The report for the period (the exhibition's days by default). "auth.signInRequired" for nobody
 * signed in, ForbiddenError for anyone outside the exhibitor's team, then "validation.invalid" for
 * days that are not "YYYY-MM-DD" and the period errors of the API.
 */
export async function statsReportFile(
  db: Database,
  user: SessionUser | null,
  request: { exhibitorId: string; from?: string | undefined; to?: string | undefined },
  locale: SupportedLocale,
  format: StatsReportFormat,
  now: Date,
): Promise<ExportFile> {
  if (!user) throw new AppError("auth.signInRequired");
  if (!isMemberOf(user, request.exhibitorId)) throw new ForbiddenError();
  const period = statsPeriodSchema.safeParse({ from: request.from, to: request.to });
  if (!period.success) throw new AppError("validation.invalid");
  const stats = await exhibitorStats(db, request.exhibitorId, period.data, now);
  const exhibitor = await db
    .selectFrom("exhibitors")
    .innerJoin("exhibitions", "exhibitions.id", "exhibitors.exhibition_id")
    .select(["exhibitors.name_ru", "exhibitors.name_en", "exhibitions.timezone"])
    .where("exhibitors.id", "=", request.exhibitorId)
    .executeTakeFirstOrThrow();
  const context: ReportContext = {
    company: inLanguage({ ru: exhibitor.name_ru, en: exhibitor.name_en }, locale),
    timeZone: exhibitor.timezone,
    locale,
  };
  const sheets = reportSheets(stats, context);
  const days = sheets[1];
  const body =
    format === "xlsx" || !days
      ? await workbookOf(sheets)
      : csvOf({ sheetName: days.name, headers: days.headers, rows: days.rows.map((row) => row.map(String)) });
  const baseName = translate(locale, "statsReport:fileName", {
    ...{ company: context.company, from: stats.from, to: stats.to },
  });
  return { fileName: fileNameOf(baseName, format), contentType: CONTENT_TYPES[format], body };
}

/** The four sheets in order: Summary, Days, Materials, Webinars. */
export function reportSheets(stats: ExhibitorStats, context: ReportContext): ReportSheet[] {
  const t = (key: string, params: Record<string, string> = {}) =>
    translate(context.locale, `statsReport:${key}`, params);
  const { totals } = stats;
  const summary: [string, string | number][] = [
    ["company", context.company],
    ["period", t("summary.periodValue", { from: stats.from, to: stats.to })],
    ["timeZone", context.timeZone],
    ["visits", totals.visits],
    ["uniqueVisitors", totals.uniqueVisitors],
    ["dwellTime", oneDecimal(totals.dwellSeconds / 60)],
    ["averageVisit", totals.averageSecondsPerVisit],
    ["downloads", totals.downloads],
    ["videoPlays", totals.videoPlays],
    ["chatMessages", totals.chatMessages],
    ["contacts", totals.contacts],
    ["meetings", totals.meetings],
    ["modelViews", stats.immersive.modelViews],
    ["tourVisits", stats.immersive.tourVisits],
    ["tourTime", oneDecimal(stats.immersive.tourSeconds / 60)],
  ];
  const dayColumns = [
    "day",
    "visits",
    "uniqueVisitors",
    "dwellMinutes",
    "downloads",
    "videoPlays",
    "chatMessages",
  ];
  return [
    {
      name: t("sheets.summary"),
      headers: [t("summary.item"), t("summary.value")],
      rows: [...summary.map(([key, value]) => [t(`summary.${key}`), value]), [t("summary.uniquesNote"), ""]],
    },
    {
      name: t("sheets.days"),
      headers: dayColumns.map((column) => t(`days.${column}`)),
      rows: stats.days.map((day) => [
        ...[day.day, day.visits, day.uniqueVisitors, oneDecimal(day.dwellSeconds / 60)],
        ...[day.downloads, day.videoPlays, day.chatMessages],
      ]),
    },
    {
      name: t("sheets.materials"),
      headers: [t("materials.title"), t("materials.downloads")],
      rows: stats.materials.map((material) => [
        inLanguage(material.title, context.locale),
        material.downloads,
      ]),
    },
    {
      name: t("sheets.webinars"),
      headers: [
        ...[t("webinars.title"), t("webinars.startsAt", { zone: context.timeZone })],
        ...[t("webinars.registered"), t("webinars.attended"), t("webinars.attendanceRate")],
      ],
      rows: stats.webinars.map((webinar) => [
        ...[inLanguage(webinar.title, context.locale), localTime(webinar.startsAt, context.timeZone)],
        ...[webinar.registered, webinar.attended],
        webinar.attendanceRate === null ? "" : oneDecimal(webinar.attendanceRate * 100),
      ]),
    },
  ];
}
