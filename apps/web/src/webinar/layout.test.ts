import { describe, expect, it } from "vitest";
import { arrangeStage, type FeedLike } from "./layout.ts";

type Feed = FeedLike & { id: string };
const feed = (id: string, source: Feed["source"], host = true): Feed => ({ id, source, host });
const ids = ({ main, tiles }: { main: Feed | null; tiles: Feed[] }) => ({
  main: main?.id ?? null,
  tiles: tiles.map((tile) => tile.id),
});

describe("arrangeStage", () => {
  it("shows the speaker's camera big when nothing is shared", () => {
    expect(ids(arrangeStage([feed("speaker", "camera")]))).toEqual({ main: "speaker", tiles: [] });
  });

  it("puts a shared screen first and the speaker's camera in a small tile", () => {
    const layout = arrangeStage([feed("speaker", "camera"), feed("slides", "screen")]);
    expect(ids(layout)).toEqual({ main: "slides", tiles: ["speaker"] });
  });

  it("adds guests on stage as extra tiles after the speakers", () => {
    const layout = arrangeStage([
      feed("guest", "camera", false),
      feed("speaker", "camera"),
      feed("slides", "screen"),
    ]);
    expect(ids(layout)).toEqual({ main: "slides", tiles: ["speaker", "guest"] });
    expect(ids(arrangeStage([feed("guest", "camera", false), feed("speaker", "camera")]))).toEqual({
      main: "speaker",
      tiles: ["guest"],
    });
  });

  it("shows a guest big when the speaker's camera is off", () => {
    expect(ids(arrangeStage([feed("guest", "camera", false)]))).toEqual({ main: "guest", tiles: [] });
  });

  it("has no main picture when nobody shows video", () => {
    expect(ids(arrangeStage([]))).toEqual({ main: null, tiles: [] });
  });

  it("shows a host's screen big when two screens are shared, the other as a tile", () => {
    const layout = arrangeStage([feed("guest-screen", "screen", false), feed("host-screen", "screen")]);
    expect(ids(layout)).toEqual({ main: "host-screen", tiles: ["guest-screen"] });
  });
});
