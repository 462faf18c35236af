/** Every migration, by name. Names sort in the order they must run; add new ones at the end. */
import type { Migration } from "kysely/migration";
import * as m0001 from "./0001_initial.ts";
import * as m0002 from "./0002_programme.ts";
import * as m0003 from "./0003_chat_and_activity.ts";
import * as m0004 from "./0004_floor.ts";
import * as m0005 from "./0005_cabinet.ts";
import * as m0006 from "./0006_rate_limits.ts";
import * as m0007 from "./0007_live.ts";
import * as m0008 from "./0008_chat_bans.ts";
import * as m0009 from "./0009_webinars.ts";
import * as m0010 from "./0010_registrations.ts";
import * as m0011 from "./0011_authoring_meetings.ts";
import * as m0012 from "./0012_leads_analytics.ts";
import * as m0013 from "./0013_lead_contacts.ts";
import * as m0014 from "./0014_immersive.ts";

export const migrations: Readonly<Record<string, Migration>> = {
  "0001_initial": m0001,
  "0002_programme": m0002,
  "0003_chat_and_activity": m0003,
  "0004_floor": m0004,
  "0005_cabinet": m0005,
  "0006_rate_limits": m0006,
  "0007_live": m0007,
  "0008_chat_bans": m0008,
  "0009_webinars": m0009,
  "0010_registrations": m0010,
  "0011_authoring_meetings": m0011,
  "0012_leads_analytics": m0012,
  "0013_lead_contacts": m0013,
  "0014_immersive": m0014,
};
