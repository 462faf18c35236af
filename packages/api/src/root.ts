import { adminRouter } from "./routers/admin.ts";
import { authRouter } from "./routers/auth.ts";
import { exhibitionRouter } from "./routers/exhibition.ts";
import { createCallerFactory, router } from "./trpc.ts";

export const appRouter = router({
  auth: authRouter,
  exhibition: exhibitionRouter,
  admin: adminRouter,
});

/** The API's type: the only thing the web app imports from this package. */
export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
