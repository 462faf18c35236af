/** Every English catalogue, by namespace (the web app loads only the language it shows). */
import { analytics } from "./analytics.ts";
import { authoring } from "./authoring.ts";
import { authoringEmail } from "./authoringEmail.ts";
import { booth } from "./booth.ts";
import { cabinet } from "./cabinet.ts";
import { email } from "./email.ts";
import { errors } from "./errors.ts";
import { exportFiles } from "./exportFiles.ts";
import { floor } from "./floor.ts";
import { floorEdit } from "./floorEdit.ts";
import { immersive } from "./immersive.ts";
import { leadExports } from "./leadExports.ts";
import { leads } from "./leads.ts";
import { live } from "./live.ts";
import { meetings } from "./meetings.ts";
import { moderation } from "./moderation.ts";
import { privacy } from "./privacy.ts";
import { programme } from "./programme.ts";
import { registrants } from "./registrants.ts";
import { registrationEmail } from "./registrationEmail.ts";
import { reminderEmail } from "./reminderEmail.ts";
import { stats } from "./stats.ts";
import { statsReport } from "./statsReport.ts";
import { ui } from "./ui.ts";
import { viewer } from "./viewer.ts";
import { webinar } from "./webinar.ts";

export const en = {
  ui,
  errors,
  email,
  floor,
  booth,
  cabinet,
  moderation,
  floorEdit,
  webinar,
  live,
  programme,
  registrants,
  registrationEmail,
  reminderEmail,
  exportFiles,
  authoringEmail,
  authoring,
  meetings,
  privacy,
  analytics,
  statsReport,
  stats,
  leadExports,
  leads,
  immersive,
  viewer,
} as const;
