/** A finished panorama upload of the caller's becomes a panorama of the exhibitor's tour. */
import { stat } from "node:fs/promises";
import type { BilingualText } from "@pavilion/schema";
import type { ApiServices } from "../../context.ts";
import { AppError } from "../../errors.ts";
import { withFinishedUpload } from "../accept.ts";
import { sizeParam } from "../sizes.ts";
import { identifyUpload } from "../sniff.ts";
import { makePanoramaLevels } from "./levels.ts";
import { assertRoomForPanorama, assertTitled, keepPanorama } from "./record.ts";

export interface PanoramaUpload {
  uploadId: string;
  /** The signed-in caller; only their own uploads can be used. */
  userId: string;
  exhibitorId: string;
  title: BilingualText;
}

/**
 * Checks the upload (JPEG/WebP by its bytes, within the panorama size limit, 2:1, wide enough),
 * keeps it at its level widths and adds it after the other panoramas; returns its id. A missing
 * title or a full tour is refused before the upload is touched, so it can be sent again.
 */
export async function addUploadedPanorama(services: ApiServices, upload: PanoramaUpload): Promise<string> {
  const { db, storage, config } = services;
  assertTitled(upload.title);
  await assertRoomForPanorama(db, upload.exhibitorId);
  return withFinishedUpload(services, { ...upload, purpose: "panorama" }, async (finished) => {
    const { size } = await stat(finished.path);
    if (size === 0) throw new AppError("upload.empty");
    const format = await identifyUpload(finished.path, "panorama");
    const limit = config.uploads.limits[format.kind];
    if (size > limit) {
      throw new AppError("upload.tooLarge", `${size} > ${limit}`, {
        ...sizeParam("size", size),
        ...sizeParam("limit", limit),
      });
    }
    const levels = await makePanoramaLevels(finished.path);
    return keepPanorama(db, storage, levels, {
      exhibitorId: upload.exhibitorId,
      title: upload.title,
      originalName: finished.originalName,
      defaultQuotaBytes: config.uploads.defaultQuotaBytes,
      now: services.now(),
    });
  });
}
