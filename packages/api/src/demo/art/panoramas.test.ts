import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { type DemoPanoramaScene, drawDemoPanorama } from "./panoramas.ts";

const SCENES: DemoPanoramaScene[] = ["hall", "line", "lab", "workshop", "studio", "gallery"];

describe("the demo panoramas", () => {
  it.each(SCENES)("draws the %s as a 2:1 JPEG with a room in it", async (scene) => {
    const jpeg = await drawDemoPanorama(scene, 2048);
    const image = sharp(jpeg);
    const { format, width, height } = await image.metadata();
    expect([format, width, height]).toEqual(["jpeg", 2048, 1024]);
    // Not a blank picture: walls, floor, ceiling and things in the room differ in brightness.
    const { channels } = await image.stats();
    expect(channels[0]?.stdev).toBeGreaterThan(12);
  });

  it("draws each scene differently", async () => {
    const pictures = await Promise.all(SCENES.map((scene) => drawDemoPanorama(scene, 2048)));
    const sizes = new Set(pictures.map((jpeg) => jpeg.byteLength));
    expect(sizes.size).toBe(SCENES.length);
  });
});
