/** The cabinet's 360° tour procedures (part of the immersive router). Contract stub: the tours helper fills it. */
import {
  addHotspotInput,
  addPanoramaInput,
  exhibitorScope,
  hotspotScope,
  panoramaScope,
  reorderPanoramasInput,
  tourSchema,
  updateHotspotInput,
  updatePanoramaInput,
} from "@pavilion/schema";
import { memberProcedure } from "../trpc.ts";

const notYet = (): never => {
  throw new Error("not implemented yet");
};

export const immersiveTourProcedures = {
  /** The exhibitor's tour: panoramas in order with their hotspots. */
  tour: memberProcedure.input(exhibitorScope).output(tourSchema).query(notYet),
  /** Checks a finished JPEG/WebP upload is 2:1, keeps it at several widths; answers the tour. */
  addPanorama: memberProcedure.input(addPanoramaInput).output(tourSchema).mutation(notYet),
  updatePanorama: memberProcedure.input(updatePanoramaInput).output(tourSchema).mutation(notYet),
  reorderPanoramas: memberProcedure.input(reorderPanoramasInput).output(tourSchema).mutation(notYet),
  removePanorama: memberProcedure.input(panoramaScope).output(tourSchema).mutation(notYet),
  addHotspot: memberProcedure.input(addHotspotInput).output(tourSchema).mutation(notYet),
  updateHotspot: memberProcedure.input(updateHotspotInput).output(tourSchema).mutation(notYet),
  removeHotspot: memberProcedure.input(hotspotScope).output(tourSchema).mutation(notYet),
};
