import { describe, expect, it } from "vitest";
import { initialCardValues } from "./contactCard.ts";

const user = { name: "Anna Petrova", email: "anna@example.com" };

describe("initialCardValues", () => {
  it("fills in the visitor's name and e-mail from the account the first time", () => {
    expect(initialCardValues(null, user)).toEqual({
      name: "Anna Petrova",
      company: "",
      position: "",
      email: "anna@example.com",
      phone: "",
      message: "",
      consent: false,
    });
  });

  it("starts from the card sent before, so updating it keeps what was written", () => {
    const sent = {
      name: "Anna P.",
      company: "Lyceum 7",
      position: "Teacher",
      email: "work@example.com",
      phone: "+7 900 000-00-00",
      message: "About summer schools",
    };
    expect(initialCardValues(sent, user)).toEqual({ ...sent, consent: false });
  });

  it("never ticks the consent in advance", () => {
    expect(initialCardValues(null, null).consent).toBe(false);
    expect(initialCardValues(null, null).name).toBe("");
  });
});
