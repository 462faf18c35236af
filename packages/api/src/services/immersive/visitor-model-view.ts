/**
 * A visitor opening a product model in the booth's viewer: one "model.viewed" activity row, which
 * warms the visitor's lead and counts in the exhibitor's statistics. Turning a model round and
 * reopening it is one look, so a visitor's views of one model count once per ten minutes.
 */
import { type Database, groupCommit } from "@pavilion/db";
import { NotFoundError } from "../../errors.ts";

/** Views of the same model by the same visitor within this long count once. */
export const MODEL_VIEW_DEDUPE_MS = 10 * 60 * 1000;

function modelIdIn(data: string | null): string | null {
  if (data === null) return null;
  try {
    const value = (JSON.parse(data) as Record<string, unknown>).modelId;
    return typeof value === "string" ? value : null;
  } catch {
    return null;
  }
}

/**
 * Records that a signed-in visitor opened a model of an approved exhibitor; NotFoundError for a
 * model visitors cannot see. Answers false, recording nothing, for the exhibitor's own team and
 * for a view of the same model within ten minutes of the last one.
 */
export async function recordModelView(
  db: Database,
  userId: string,
  modelId: string,
  now: Date,
): Promise<boolean> {
  const model = await db
    .selectFrom("product_models")
    .innerJoin("exhibitors", "exhibitors.id", "product_models.exhibitor_id")
    .select(["product_models.id", "product_models.exhibitor_id", "exhibitors.exhibition_id"])
    .where("product_models.id", "=", modelId)
    .where("exhibitors.status", "=", "approved")
    .executeTakeFirst();
  if (!model) throw new NotFoundError("model");
  const member = await db
    .selectFrom("members")
    .select("user_id")
    .where("exhibitor_id", "=", model.exhibitor_id)
    .where("user_id", "=", userId)
    .executeTakeFirst();
  if (member) return false;
  // Checked and written in one piece of the group commit, so two views at once count once on SQLite.
  return groupCommit(db).run(async (trx) => {
    const recent = await trx
      .selectFrom("activity")
      .select("data")
      .where("user_id", "=", userId)
      .where("exhibitor_id", "=", model.exhibitor_id)
      .where("kind", "=", "model.viewed")
      .where("occurred_at", ">", new Date(now.getTime() - MODEL_VIEW_DEDUPE_MS).toISOString())
      .execute();
    if (recent.some((row) => modelIdIn(row.data) === model.id)) return false;
    await trx
      .insertInto("activity")
      .values({
        ...{ occurred_at: now.toISOString(), user_id: userId, exhibition_id: model.exhibition_id },
        ...{ exhibitor_id: model.exhibitor_id, event_id: null, material_id: null },
        ...{ kind: "model.viewed", data: JSON.stringify({ modelId: model.id }) },
      })
      .execute();
    return true;
  });
}
