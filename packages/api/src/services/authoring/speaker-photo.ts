/**
 * Attaching a finished upload as a speaker's portrait. The upload is the caller's own, made for
 * the speaker's company (tus purpose "logo": an image) and counted in its storage; organisers
 * upload without a company (a programme speaker, or any speaker they edit).
 */
import type { SessionUser, SpeakerPhoto } from "@pavilion/schema";
import type { ApiServices } from "../../context.ts";
import { AppError } from "../../errors.ts";
import { keepPrepared } from "../../uploads/keep.ts";
import { releaseExhibitorFile } from "../../uploads/quota.ts";
import { openAuthoredSpeaker } from "./access.ts";
import { isPortrait, type Portrait, preparePortrait } from "./portrait.ts";

async function keepPortrait(
  services: ApiServices,
  portrait: Portrait,
  exhibitorId: string | null,
  name: string,
) {
  if (exhibitorId === null) {
    await services.storage.put(portrait.bytes, portrait.mime);
    await services.db
      .insertInto("files")
      .values({
        ...{ id: portrait.id, mime: portrait.mime, size: portrait.bytes.byteLength },
        ...{ created_at: services.now().toISOString(), duration_ms: null, poster_file_id: null },
      })
      .onConflict((oc) => oc.column("id").doNothing())
      .execute();
    return;
  }
  const main = {
    id: portrait.id,
    size: portrait.bytes.byteLength,
    mime: portrait.mime,
    content: { bytes: portrait.bytes },
  };
  const prepared = { kind: "image" as const, main, poster: null, durationMs: null, originalName: name };
  await keepPrepared(services.db, services.storage, prepared, {
    ...{ exhibitorId, purpose: "logo", now: services.now() },
    defaultQuotaBytes: services.config.uploads.defaultQuotaBytes,
  });
}

/** Gives back the company's storage of a portrait no speaker of it shows any more. */
export async function releasePortrait(
  services: ApiServices,
  exhibitorId: string | null,
  fileId: string | null,
) {
  if (exhibitorId === null || fileId === null) return;
  const used = await services.db
    .selectFrom("speakers")
    .select("id")
    .where("exhibitor_id", "=", exhibitorId)
    .where("photo_file_id", "=", fileId)
    .executeTakeFirst();
  if (!used) await releaseExhibitorFile(services.db, exhibitorId, fileId);
}

/** Sets (or, with a null upload, removes) the speaker's portrait; says whether it is portrait. */
export async function setSpeakerPhoto(
  services: ApiServices,
  user: SessionUser,
  input: { speakerId: string; uploadId: string | null },
): Promise<SpeakerPhoto> {
  const speaker = await openAuthoredSpeaker(services.db, user, input.speakerId);
  let portrait: Portrait | null = null;
  if (input.uploadId !== null) {
    const upload = await services.uploads.get(input.uploadId);
    const company = upload?.metadata.exhibitorId || null;
    const fits = company === speaker.exhibitor_id || (company === null && user.role === "organiser");
    if (!upload || upload.metadata.userId !== user.id || upload.metadata.purpose !== "logo" || !fits)
      throw new AppError("upload.gone");
    if (upload.size === null || upload.offset < upload.size) throw new AppError("upload.incomplete");
    try {
      portrait = await preparePortrait(upload.path, services.config.uploads.limits);
      await keepPortrait(
        services,
        portrait,
        company,
        `${speaker.name_en || speaker.name_ru || "speaker"}.jpg`,
      );
    } finally {
      await services.uploads.remove(upload.id);
    }
  }
  await services.db
    .updateTable("speakers")
    .set({ photo_file_id: portrait?.id ?? null })
    .where("id", "=", speaker.id)
    .execute();
  if (speaker.photo_file_id !== (portrait?.id ?? null))
    await releasePortrait(services, speaker.exhibitor_id, speaker.photo_file_id);
  return {
    photoUrl: portrait ? `/files/${portrait.id}` : null,
    photoIsPortrait: portrait ? isPortrait(portrait) : null,
    width: portrait?.width ?? null,
    height: portrait?.height ?? null,
  };
}
