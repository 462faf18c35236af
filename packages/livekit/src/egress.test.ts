import { describe, expect, it } from "vitest";
import { DEFAULT_EGRESS_FILEPATH, egressOutputFrom } from "./egress.ts";

// Egress is a separate service that cannot run on the test machine: only its settings are tested.
describe("egressOutputFrom", () => {
  it("is null unless recording with Egress is switched on", () => {
    expect(egressOutputFrom({})).toBeNull();
    expect(egressOutputFrom({ LIVEKIT_EGRESS: false, LIVEKIT_EGRESS_FILEPATH: "x.mp4" })).toBeNull();
  });

  it("writes to the default path on the Egress service unless told where", () => {
    expect(egressOutputFrom({ LIVEKIT_EGRESS: true })).toEqual({
      filepath: DEFAULT_EGRESS_FILEPATH,
      s3: null,
    });
    expect(
      egressOutputFrom({ LIVEKIT_EGRESS: true, LIVEKIT_EGRESS_FILEPATH: " rec/{room_name}.mp4 " }),
    ).toEqual({
      filepath: "rec/{room_name}.mp4",
      s3: null,
    });
  });

  it("uploads into a bucket when given one", () => {
    const s3 = { bucket: "b", region: "r", accessKey: "a", secret: "s", forcePathStyle: true };
    expect(egressOutputFrom({ LIVEKIT_EGRESS: true }, s3)?.s3).toEqual(s3);
  });
});
