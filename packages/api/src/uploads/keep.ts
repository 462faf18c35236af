/**
 * Keeps a checked upload as the exhibitor's file: room is checked before anything is
 * stored, the bytes are stored, then the rows are written in one transaction that
 * checks again (two uploads at once cannot both squeeze under the quota).
 */
import type { Database, ExhibitorFilePurpose } from "@pavilion/db";
import { AppError } from "../errors.ts";
import type { FileStorage } from "../storage/file-storage.ts";
import type { UploadPurpose } from "./formats.ts";
import type { UploadKind } from "./limits.ts";
import type { Piece, PreparedUpload } from "./prepare.ts";
import { quotaIn } from "./quota.ts";
import { sizeParam } from "./sizes.ts";

/** A file an exhibitor now keeps. */
export interface KeptFile {
  fileId: string;
  mime: string;
  size: number;
  kind: UploadKind;
  /** Sanitised; its extension matches the kept format. */
  originalName: string;
  /** Videos: the length ffprobe measured. */
  durationMs: number | null;
  /** Videos: a WebP still frame, also kept. */
  posterFileId: string | null;
}

export interface KeepRequest {
  exhibitorId: string;
  purpose: UploadPurpose;
  defaultQuotaBytes: number;
  now: Date;
}

/** Stores the prepared pieces and records them as the exhibitor's; throws upload.duplicate/quotaExceeded. */
export async function keepPrepared(
  db: Database,
  storage: FileStorage,
  prepared: PreparedUpload,
  request: KeepRequest,
): Promise<KeptFile> {
  if (request.purpose === "material") await assertNotAMaterialYet(db, prepared, request.exhibitorId);
  const pieces: NamedPiece[] = [
    ...(prepared.poster
      ? [{ piece: prepared.poster, purpose: "poster" as const, name: posterName(prepared) }]
      : []),
    {
      piece: prepared.main,
      purpose: request.purpose,
      name: prepared.originalName,
      video: { duration_ms: prepared.durationMs, poster_file_id: prepared.poster?.id ?? null },
    },
  ];
  await keepPieces(db, storage, pieces, request);
  return {
    fileId: prepared.main.id,
    mime: prepared.main.mime,
    size: prepared.main.size,
    kind: prepared.kind,
    originalName: prepared.originalName,
    durationMs: prepared.durationMs,
    posterFileId: prepared.poster?.id ?? null,
  };
}

/** One piece to keep, what it is for, and the name a person sees for it. */
export interface NamedPiece {
  piece: Piece;
  purpose: ExhibitorFilePurpose;
  name: string;
  /** Videos only. */
  video?: { duration_ms: number | null; poster_file_id: string | null };
}

/**
 * Stores the pieces (room checked first), then in one transaction checks room again, records
 * them as the exhibitor's files and runs `alsoRecord` (the row that uses them), so a refusal
 * there leaves no row behind. Throws upload.quotaExceeded.
 */
export async function keepPieces(
  db: Database,
  storage: FileStorage,
  pieces: readonly NamedPiece[],
  request: Pick<KeepRequest, "exhibitorId" | "defaultQuotaBytes" | "now">,
  alsoRecord?: (tx: Database) => Promise<void>,
): Promise<void> {
  const bare = pieces.map((named) => named.piece);
  await assertRoom(db, bare, request);
  for (const piece of bare) await storePiece(storage, piece);
  const record = async (tx: Database) => {
    // A no-op write: it locks the exhibitor's row (PostgreSQL) or the database (SQLite) until commit.
    await tx
      .updateTable("exhibitors")
      .set((eb) => ({ storage_quota_bytes: eb.ref("storage_quota_bytes") }))
      .where("id", "=", request.exhibitorId)
      .execute();
    await assertRoom(tx, bare, request);
    for (const named of pieces) await recordPiece(tx, named, request);
    if (alsoRecord) await alsoRecord(tx);
  };
  await (db.isTransaction ? record(db) : db.transaction().execute(record));
}

/** Refuses a material the exhibitor already has. */
async function assertNotAMaterialYet(db: Database, prepared: PreparedUpload, exhibitorId: string) {
  const earlier = await db
    .selectFrom("materials")
    .select("file_name")
    .where("exhibitor_id", "=", exhibitorId)
    .where("file_id", "=", prepared.main.id)
    .executeTakeFirst();
  if (earlier) {
    throw new AppError("upload.duplicate", undefined, { name: earlier.file_name ?? prepared.originalName });
  }
}

/** Refuses anything that would exceed the quota. */
async function assertRoom(
  db: Database,
  pieces: readonly Piece[],
  request: Pick<KeepRequest, "exhibitorId" | "defaultQuotaBytes">,
): Promise<void> {
  const { exhibitorId } = request;
  const kept = await db
    .selectFrom("exhibitor_files")
    .select("file_id")
    .where("exhibitor_id", "=", exhibitorId)
    .where(
      "file_id",
      "in",
      pieces.map((piece) => piece.id),
    )
    .execute();
  const keptIds = new Set(kept.map((row) => row.file_id));
  // Files the exhibitor already keeps do not count twice (nor does the same piece twice).
  const adding = [...new Map(pieces.map((piece) => [piece.id, piece])).values()]
    .filter((piece) => !keptIds.has(piece.id))
    .reduce((sum, piece) => sum + piece.size, 0);
  const quota = await quotaIn(db, exhibitorId, request.defaultQuotaBytes);
  if (quota.usedBytes + adding > quota.quotaBytes) {
    throw new AppError("upload.quotaExceeded", `${quota.usedBytes} + ${adding} > ${quota.quotaBytes}`, {
      ...sizeParam("size", adding),
      ...sizeParam("remaining", Math.max(0, quota.quotaBytes - quota.usedBytes)),
      ...sizeParam("quota", quota.quotaBytes),
    });
  }
}

async function storePiece(storage: FileStorage, piece: Piece): Promise<void> {
  const stored =
    "bytes" in piece.content
      ? await storage.put(piece.content.bytes, piece.mime)
      : await storage.putFile(piece.content.path, piece.mime);
  if (stored.id !== piece.id) throw new Error(`stored ${stored.id}, expected ${piece.id}: the file changed`);
}

async function recordPiece(
  db: Database,
  named: NamedPiece,
  request: Pick<KeepRequest, "exhibitorId" | "now">,
): Promise<void> {
  const { piece, video } = named;
  const createdAt = request.now.toISOString();
  await db
    .insertInto("files")
    .values({ id: piece.id, mime: piece.mime, size: piece.size, created_at: createdAt, ...video })
    .onConflict((conflict) =>
      video?.duration_ms ? conflict.column("id").doUpdateSet(video) : conflict.column("id").doNothing(),
    )
    .execute();
  await db
    .insertInto("exhibitor_files")
    .values({
      ...{ exhibitor_id: request.exhibitorId, file_id: piece.id, purpose: named.purpose },
      ...{ original_name: named.name, size: piece.size, created_at: createdAt },
    })
    .onConflict((conflict) => conflict.columns(["exhibitor_id", "file_id"]).doNothing())
    .execute();
}

function posterName(prepared: PreparedUpload): string {
  const dot = prepared.originalName.lastIndexOf(".");
  const stem = dot > 0 ? prepared.originalName.slice(0, dot) : prepared.originalName;
  return `${stem}.poster.webp`;
}
