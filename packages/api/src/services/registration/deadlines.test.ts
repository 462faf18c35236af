import { describe, expect, it } from "vitest";
import { dayBeforeStart, decisionDueAt, rejectableUntil, rejectionRefusal } from "./deadlines.ts";

describe("the decision deadlines of pre-moderation", () => {
  it("starts the day before at midnight in the event's zone, across a daylight-saving change", () => {
    // Berlin moves to summer time on 29 March 2026: the 29th starts at 00:00 CET (23:00 UTC on the 28th).
    const berlin = { starts_at: "2026-03-30T08:00:00.000Z", timezone: "Europe/Berlin" };
    expect(dayBeforeStart(berlin).toISOString()).toBe("2026-03-28T23:00:00.000Z");
    const newYork = { starts_at: "2026-11-25T02:00:00.000Z", timezone: "America/New_York" };
    // 21:00 on the 24th in New York: the day before is the 23rd, from 05:00 UTC.
    expect(dayBeforeStart(newYork).toISOString()).toBe("2026-11-23T05:00:00.000Z");
  });

  it("gives 48 hours unless the day before the event comes first", () => {
    const far = { starts_at: "2026-12-10T07:00:00.000Z", timezone: "Europe/Moscow" };
    const near = { starts_at: "2026-11-25T07:00:00.000Z", timezone: "Europe/Moscow" };
    const created = new Date("2026-11-23T09:00:00.000Z");
    expect(decisionDueAt(created, far).toISOString()).toBe("2026-11-25T09:00:00.000Z");
    expect(decisionDueAt(created, near).toISOString()).toBe("2026-11-23T21:00:00.000Z");
  });

  it("refuses late rejections, the day-before rule winning when both apply", () => {
    const event = { starts_at: "2026-11-25T07:00:00.000Z", timezone: "Europe/Moscow" };
    const pending = { status: "pending" as const, decision_due_at: "2026-11-23T20:00:00.000Z" };
    expect(rejectionRefusal(pending, event, new Date("2026-11-23T19:00:00.000Z"))).toBeNull();
    expect(rejectionRefusal(pending, event, new Date("2026-11-23T20:30:00.000Z"))).toEqual({
      code: "registration.decisionLate",
      deadline: "2026-11-23T20:00:00.000Z",
    });
    expect(rejectionRefusal(pending, event, new Date("2026-11-23T21:00:00.000Z"))).toEqual({
      code: "registration.dayBefore",
    });
    expect(rejectableUntil(pending, event, new Date("2026-11-23T19:00:00.000Z"))).toBe(
      "2026-11-23T20:00:00.000Z",
    );
    expect(rejectableUntil(pending, event, new Date("2026-11-23T20:30:00.000Z"))).toBeNull();
    expect(
      rejectableUntil({ ...pending, status: "accepted" }, event, new Date("2026-11-23T19:00:00.000Z")),
    ).toBeNull();
  });
});
