/** An exhibitor's 360° tour. Contract stub: the tours helper fills it. */
import type { Database } from "@pavilion/db";
import type { Tour } from "@pavilion/schema";

/** The exhibitor's panoramas in order with their hotspots (materials resolved to title and address). */
export async function tourOf(_db: Database, _exhibitorId: string): Promise<Tour> {
  throw new Error("not implemented yet");
}
