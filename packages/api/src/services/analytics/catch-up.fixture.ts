/**
 * For tests, run as its own process: one catch-up of the analytics rollup, as another server
 * process would run it. Arguments: the database (postgres:// URL or SQLite file), the clock's time
 * (ISO) and the batch size. Prints the result as JSON.
 */
import { openDatabase } from "@pavilion/db";
import { catchUpAnalytics } from "./rollup.ts";

const [target = "", nowIso = "", batchRows = "25"] = process.argv.slice(2);
const db = openDatabase(target.startsWith("postgres") ? { databaseUrl: target } : { sqliteFile: target });
const result = await catchUpAnalytics(db, new Date(nowIso), { batchRows: Number(batchRows) });
process.stdout.write(JSON.stringify(result));
await db.destroy();
