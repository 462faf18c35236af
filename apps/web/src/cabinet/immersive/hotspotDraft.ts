/**
 * A hotspot as its form holds it (numbers as typed, every kind's target kept while
 * switching kinds) and the API's input made from it, with the reasons it cannot be saved.
 */
import type { HotspotKind, TourHotspot } from "@pavilion/schema";
import type { AppErrorInfo } from "../../lib/errors.ts";
import type { Bilingual } from "../forms/BilingualField.tsx";
import type { Direction } from "./place.ts";

/** What the API takes for a hotspot (schema's hotspotTargetSchema). */
export type HotspotTarget = { yaw: number; pitch: number; text: Bilingual } & (
  | { kind: "panorama"; targetPanoramaId: string }
  | { kind: "material"; materialId: string }
  | { kind: "caption" }
);
type FieldError = NonNullable<AppErrorInfo["fields"]>[string];

export interface HotspotDraft {
  /** null for a hotspot not saved yet. */
  id: string | null;
  kind: HotspotKind;
  targetPanoramaId: string;
  materialId: string;
  text: Bilingual;
  yaw: string;
  pitch: string;
}

export const hotspotFields = ["kind", "targetPanoramaId", "materialId", "text.ru", "text.en", "yaw", "pitch"];

/** A new hotspot looking at `direction`: a way to the first other panorama, when there is one. */
export function newDraft(direction: Direction, otherPanoramaIds: readonly string[]): HotspotDraft {
  const first = otherPanoramaIds[0];
  return {
    id: null,
    kind: first ? "panorama" : "caption",
    targetPanoramaId: first ?? "",
    materialId: "",
    text: { ru: "", en: "" },
    yaw: String(direction.yaw),
    pitch: String(direction.pitch),
  };
}

/** The form's values for a saved hotspot. */
export function draftOf(hotspot: TourHotspot): HotspotDraft {
  return {
    id: hotspot.id,
    kind: hotspot.kind,
    targetPanoramaId: hotspot.targetPanoramaId ?? "",
    materialId: hotspot.material?.id ?? "",
    text: { ...hotspot.text },
    yaw: String(hotspot.yaw),
    pitch: String(hotspot.pitch),
  };
}

/** A number typed in the form ("12,5" too), or null when it is none. */
export function parseDegrees(text: string): number | null {
  const cleaned = text.trim().replace(",", ".").replace("−", "-");
  if (cleaned === "" || !/^-?\d*\.?\d+$/.test(cleaned)) return null;
  return Number(cleaned);
}

function degrees(text: string, limit: number): number | FieldError {
  const value = parseDegrees(text);
  if (value === null) return { code: "required" };
  if (value < -limit || value > limit) return { code: "outOfRange", params: { min: -limit, max: limit } };
  return value;
}

/** What the API takes for the draft, or why the form cannot send it (field codes, as the server words them). */
export function targetOf(draft: HotspotDraft): { target: HotspotTarget } | { problem: AppErrorInfo } {
  const fields: NonNullable<AppErrorInfo["fields"]> = {};
  const yaw = degrees(draft.yaw, 180);
  const pitch = degrees(draft.pitch, 90);
  if (typeof yaw !== "number") fields.yaw = yaw;
  if (typeof pitch !== "number") fields.pitch = pitch;
  const text = { ru: draft.text.ru.trim(), en: draft.text.en.trim() };
  if (draft.kind === "panorama" && !draft.targetPanoramaId) fields.targetPanoramaId = { code: "required" };
  if (draft.kind === "material" && !draft.materialId) fields.materialId = { code: "required" };
  if (draft.kind === "caption" && !text.ru && !text.en) fields["text.ru"] = { code: "oneLanguageRequired" };
  if (typeof yaw !== "number" || typeof pitch !== "number" || Object.keys(fields).length > 0) {
    return { problem: { code: "validation.invalid", fields } };
  }
  const place = { yaw, pitch, text };
  switch (draft.kind) {
    case "panorama":
      return { target: { kind: "panorama", targetPanoramaId: draft.targetPanoramaId, ...place } };
    case "material":
      return { target: { kind: "material", materialId: draft.materialId, ...place } };
    case "caption":
      return { target: { kind: "caption", ...place } };
    default: {
      const unknown: never = draft.kind;
      throw new Error(`unknown hotspot kind ${String(unknown)}`);
    }
  }
}
