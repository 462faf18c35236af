/** Panoramas of a 360° tour: an equirectangular upload checked and kept at several widths. */
export { addUploadedPanorama, type PanoramaUpload } from "./accept.ts";
export {
  assertEquirectangular,
  levelWidthsFor,
  makePanoramaLevels,
  PANORAMA_MIME,
  type PanoramaLevelPiece,
} from "./levels.ts";
export {
  assertRoomForPanorama,
  assertTitled,
  keepPanorama,
  type NewPanorama,
  type StoredLevel,
} from "./record.ts";
