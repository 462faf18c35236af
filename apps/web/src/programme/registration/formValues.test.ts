import type { RegistrationFormState } from "@pavilion/schema";
import { describe, expect, it } from "vitest";
import { emptyValues, initialValues, renameRegistrationError } from "./formValues.ts";

const prefill = {
  lastName: "Соколова",
  firstName: "Мария",
  company: "",
  position: "",
  email: "maria@example.com",
  phone: "",
};
const options = [{ id: "friends", label: { ru: "От друзей", en: "From friends" } }];

function state(mine: RegistrationFormState["mine"]) {
  return { prefill, mine, heardFromOptions: options };
}

describe("initialValues", () => {
  it("starts a visitor's form from their account", () => {
    expect(initialValues(state(null), "self")).toEqual({ ...prefill, heardFrom: "" });
  });

  it("starts again from what was submitted before, after a rejection", () => {
    const form = {
      ...prefill,
      company: "Школа 57",
      position: "Учитель",
      phone: "+7 900 000-00-00",
      heardFrom: "friends",
    };
    const mine = {
      id: "r1",
      status: "rejected" as const,
      reason: "Только для партнёров",
      decisionDueAt: null,
      createdAt: "2026-10-01T10:00:00Z",
      form,
    };
    expect(initialValues(state(mine), "self")).toEqual(form);
  });

  it("drops a choice that is no longer offered", () => {
    const mine = {
      id: "r1",
      status: "rejected" as const,
      reason: null,
      decisionDueAt: null,
      createdAt: "2026-10-01T10:00:00Z",
      form: { ...prefill, heardFrom: "archived" },
    };
    expect(initialValues(state(mine), "self").heardFrom).toBe("");
  });

  it("gives staff an empty form, not their own details", () => {
    expect(initialValues(state(null), "staff")).toEqual(emptyValues);
  });
});

describe("renameRegistrationError", () => {
  it("names the API's fields as the form does", () => {
    const renamed = renameRegistrationError({
      code: "validation.invalid",
      fields: { "form.email": { code: "invalidEmail" }, "form.phone": { code: "invalid" } },
    });
    expect(renamed.fields).toEqual({ email: { code: "invalidEmail" }, phone: { code: "invalid" } });
  });

  it("shows an unknown 'heard from' choice under that field", () => {
    expect(renameRegistrationError({ code: "registration.heardFromUnknown" }).fields).toEqual({
      heardFrom: { code: "invalidChoice" },
    });
  });
});
