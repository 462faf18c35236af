import { describe, expect, it } from "vitest";
import { createPlayOnce, playKey } from "./videoPlays.ts";

describe("createPlayOnce", () => {
  it("counts only the first play of a video in a page view", () => {
    const plays = createPlayOnce();
    const presentation = playKey("view-1", "booth-a");
    expect(plays.first(presentation)).toBe(true);
    expect(plays.first(presentation)).toBe(false);
    expect(plays.first(presentation)).toBe(false);
  });

  it("counts each video, each booth and each page view on its own", () => {
    const plays = createPlayOnce();
    expect(plays.first(playKey("view-1", "booth-a"))).toBe(true);
    expect(plays.first(playKey("view-1", "booth-a", "material-1"))).toBe(true);
    expect(plays.first(playKey("view-1", "booth-a", "material-2"))).toBe(true);
    expect(plays.first(playKey("view-1", "booth-b"))).toBe(true);
    expect(plays.first(playKey("view-2", "booth-a"))).toBe(true);
    expect(plays.first(playKey("view-1", "booth-a", "material-1"))).toBe(false);
  });
});
