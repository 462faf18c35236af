/** The warmth weights organisers set per exhibition (the current one unless named). */
import type { Database } from "@pavilion/db";
import type { WarmthSettings } from "@pavilion/schema";
import { exhibitionWarmth } from "../leads/settings.ts";
import { statsExhibition } from "./exhibition.ts";

/** The exhibition's weights and half-life, the defaults filling what was never set. */
export async function warmthSettingsOf(db: Database, exhibitionId?: string): Promise<WarmthSettings> {
  const exhibition = await statsExhibition(db, exhibitionId);
  return (await exhibitionWarmth(db, exhibition.id)).settings;
}
