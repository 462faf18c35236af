/**
 * For tests, run as its own process: a job runner over the app's handlers that is killed
 * (SIGKILL) inside a job's transaction, right after the handler's writes and before the commit:
 * a server dying at the worst moment. Arguments: the database (postgres:// URL or SQLite file)
 * and the clock's time (ISO).
 */
import { openDatabase } from "@pavilion/db";
import { appJobHandlers } from "./handlers.ts";
import { createJobRunner } from "./runner.ts";
import type { JobHandler } from "./types.ts";

const [target = "", nowIso = ""] = process.argv.slice(2);
const db = openDatabase(target.startsWith("postgres") ? { databaseUrl: target } : { sqliteFile: target });
const dying = Object.fromEntries(
  Object.entries(appJobHandlers()).map(([kind, handler]): [string, JobHandler] => [
    kind,
    async (payload, ctx) => {
      await handler(payload, ctx);
      process.kill(process.pid, "SIGKILL");
      await new Promise(() => {});
    },
  ]),
);
const runner = createJobRunner({
  ...{ db, handlers: dying, now: () => new Date(nowIso), leaseMs: 60_000 },
  ...{ publicUrl: "http://pavilion.test", defaultLocale: "ru" },
});
await runner.runDue();
await db.destroy();
