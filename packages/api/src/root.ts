import { adminRouter } from "./routers/admin.ts";
import { authRouter } from "./routers/auth.ts";
import { authoringRouter } from "./routers/authoring.ts";
import { boothRouter } from "./routers/booth.ts";
import { cabinetRouter } from "./routers/cabinet.ts";
import { chatRouter } from "./routers/chat.ts";
import { crmRouter } from "./routers/crm.ts";
import { exhibitionRouter } from "./routers/exhibition.ts";
import { floorRouter } from "./routers/floor.ts";
import { immersiveRouter } from "./routers/immersive.ts";
import { leadsRouter } from "./routers/leads.ts";
import { liveRouter } from "./routers/live.ts";
import { meetingsRouter } from "./routers/meetings.ts";
import { moderationRouter } from "./routers/moderation.ts";
import { privacyRouter } from "./routers/privacy.ts";
import { programmeRouter } from "./routers/programme.ts";
import { qaRouter } from "./routers/qa.ts";
import { registrationRouter } from "./routers/registration.ts";
import { statsRouter } from "./routers/stats.ts";
import { visitorRouter } from "./routers/visitor.ts";
import { webinarRouter } from "./routers/webinar.ts";
import { createCallerFactory, router } from "./trpc.ts";

export const appRouter = router({
  auth: authRouter,
  exhibition: exhibitionRouter,
  admin: adminRouter,
  floor: floorRouter,
  booth: boothRouter,
  visitor: visitorRouter,
  cabinet: cabinetRouter,
  moderation: moderationRouter,
  live: liveRouter,
  chat: chatRouter,
  qa: qaRouter,
  webinar: webinarRouter,
  programme: programmeRouter,
  registration: registrationRouter,
  authoring: authoringRouter,
  meetings: meetingsRouter,
  leads: leadsRouter,
  crm: crmRouter,
  stats: statsRouter,
  privacy: privacyRouter,
  immersive: immersiveRouter,
});

/** The API's type: the only thing the web app imports from this package. */
export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
