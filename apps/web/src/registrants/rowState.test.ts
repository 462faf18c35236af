import type { Registrant } from "@pavilion/schema";
import { describe, expect, it } from "vitest";
import { hasAttended, personName, rowState, turnoutShare } from "./rowState.ts";

const now = new Date("2026-03-10T10:00:00Z");

function registrant(overrides: Partial<Registrant>): Registrant {
  return {
    id: "r1",
    lastName: "Петрова",
    firstName: "Анна",
    company: "ООО Ромашка",
    position: "Директор",
    email: "anna@example.com",
    phone: "+7 912 345-67-89",
    heardFrom: { ru: "От коллег", en: "From colleagues" },
    locale: "ru",
    status: "pending",
    reason: null,
    createdAt: "2026-03-09T10:00:00Z",
    decidedAt: null,
    decisionDueAt: "2026-03-11T10:00:00Z",
    registeredBy: null,
    attendedAt: null,
    checkedInAt: null,
    rejectableUntil: "2026-03-11T10:00:00Z",
    ...overrides,
  };
}

describe("what a row offers", () => {
  it("offers accept and reject for a pending application within its deadline", () => {
    expect(rowState(registrant({}), now)).toEqual({
      accept: true,
      reject: "open",
      checkIn: false,
      cancel: true,
    });
  });

  it("offers only accept once a rejection is no longer allowed", () => {
    expect(rowState(registrant({ rejectableUntil: null }), now).reject).toBe("closed");
    expect(rowState(registrant({ rejectableUntil: "2026-03-10T09:59:00Z" }), now).reject).toBe("closed");
  });

  it("offers check-in and cancel for an accepted registrant, no decision", () => {
    expect(rowState(registrant({ status: "accepted", rejectableUntil: null }), now)).toEqual({
      accept: false,
      reject: null,
      checkIn: true,
      cancel: true,
    });
  });

  it("offers nothing for rejected and cancelled ones", () => {
    for (const status of ["rejected", "cancelled"] as const) {
      expect(rowState(registrant({ status, rejectableUntil: null }), now)).toEqual({
        accept: false,
        reject: null,
        checkIn: false,
        cancel: false,
      });
    }
  });
});

describe("attendance and names", () => {
  it("counts joining the webinar or a check-in at the desk as attended", () => {
    expect(hasAttended(registrant({}))).toBe(false);
    expect(hasAttended(registrant({ attendedAt: "2026-03-12T10:00:00Z" }))).toBe(true);
    expect(hasAttended(registrant({ checkedInAt: "2026-03-12T10:00:00Z" }))).toBe(true);
  });

  it("puts the last name first in Russian and last in English", () => {
    expect(personName(registrant({}), "ru")).toBe("Петрова Анна");
    expect(personName(registrant({}), "en")).toBe("Анна Петрова");
  });

  it("keeps the turnout bar within 0..100", () => {
    expect(turnoutShare(null)).toBe(0);
    expect(turnoutShare(42.5)).toBe(42.5);
    expect(turnoutShare(140)).toBe(100);
  });
});
