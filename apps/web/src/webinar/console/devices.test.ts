import { describe, expect, it } from "vitest";
import { deviceChoices } from "./devices.ts";

describe("deviceChoices", () => {
  it("offers each device once, by id and name", () => {
    expect(
      deviceChoices([
        { deviceId: "cam-1", label: "Front camera " },
        { deviceId: "cam-2", label: "USB camera" },
        { deviceId: "cam-1", label: "Front camera" },
      ]),
    ).toEqual([
      { id: "cam-1", label: "Front camera" },
      { id: "cam-2", label: "USB camera" },
    ]);
  });

  it("leaves out the nameless entries a browser lists before permission", () => {
    expect(deviceChoices([{ deviceId: "", label: "" }])).toEqual([]);
    expect(deviceChoices([{ deviceId: "mic-1", label: "" }])).toEqual([{ id: "mic-1", label: "" }]);
  });
});
