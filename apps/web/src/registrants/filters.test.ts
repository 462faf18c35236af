import { describe, expect, it } from "vitest";
import { queryInput, readFilters, statusCounts, writeFilters } from "./filters.ts";

const turnout = {
  registered: 5,
  accepted: 3,
  pending: 2,
  rejected: 1,
  cancelled: 4,
  attended: 2,
  attendedPct: 66.7,
};

describe("registrant filters in the address", () => {
  it("reads the status tab and the search", () => {
    expect(readFilters(new URLSearchParams("status=pending&q=Иванов"))).toEqual({
      status: "pending",
      search: "Иванов",
    });
  });

  it("shows everyone for an unknown or missing status", () => {
    expect(readFilters(new URLSearchParams("status=vip")).status).toBe("all");
    expect(readFilters(new URLSearchParams("")).status).toBe("all");
  });

  it("leaves the defaults out of the address and keeps other parameters", () => {
    const next = writeFilters(new URLSearchParams("status=pending&q=x&lang=ru"), {
      status: "all",
      search: "  ",
    });
    expect(next.toString()).toBe("lang=ru");
  });

  it("writes a trimmed search", () => {
    const next = writeFilters(new URLSearchParams(), { status: "accepted", search: " Acme " });
    expect(next.get("status")).toBe("accepted");
    expect(next.get("q")).toBe("Acme");
  });
});

describe("the query the filters make", () => {
  it("asks for every status and no search by default", () => {
    expect(queryInput("e1", { status: "all", search: "" })).toEqual({ eventId: "e1" });
  });

  it("asks for one status and the trimmed search", () => {
    expect(queryInput("e1", { status: "rejected", search: " a@b " })).toEqual({
      eventId: "e1",
      status: "rejected",
      search: "a@b",
    });
  });
});

describe("the status tabs' counts", () => {
  it("counts every registration under all, and each status under its own tab", () => {
    expect(statusCounts(turnout)).toEqual({ all: 10, pending: 2, accepted: 3, rejected: 1, cancelled: 4 });
  });
});
