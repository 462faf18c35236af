import { tourLeftInput } from "@pavilion/schema";
import superjson from "superjson";
import { describe, expect, it } from "vitest";
import { createTourVisit, tourLeftBody } from "./tourVisit.ts";

const exhibitorId = "0b6e1c1e-4a4e-4f0e-9a51-7d7d3c1b2a10";

describe("tour visit", () => {
  it("counts each panorama seen once and the whole seconds spent", () => {
    const visit = createTourVisit(1_000, "a");
    visit.saw("b");
    visit.saw("a");
    expect(visit.end(73_900)).toEqual({ seconds: 72, panoramasSeen: 2 });
  });

  it("records a visit once, and nothing for under a second", () => {
    const visit = createTourVisit(0, "a");
    expect(visit.end(5_000)).not.toBeNull();
    expect(visit.end(9_000)).toBeNull();
    expect(createTourVisit(0, "a").end(900)).toBeNull();
  });

  it("starts again, with what is in view, when the page comes back", () => {
    const visit = createTourVisit(0, "a");
    visit.saw("b");
    visit.end(10_000);
    visit.restart(20_000);
    visit.saw("c");
    expect(visit.end(23_000)).toEqual({ seconds: 3, panoramasSeen: 1 });
  });

  it("posts a body the API's input schema accepts", () => {
    const body = tourLeftBody(exhibitorId, { seconds: 12, panoramasSeen: 3 });
    const input = superjson.deserialize(JSON.parse(body));
    expect(tourLeftInput.parse(input)).toEqual({ exhibitorId, seconds: 12, panoramasSeen: 3 });
  });
});
