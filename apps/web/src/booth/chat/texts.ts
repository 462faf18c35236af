/**
 * The chat's words that depend on where it is: a booth's chat speaks of the booth and its staff,
 * an event's of the webinar. The rest is the same everywhere (booth namespace, "chat.*").
 */
import type { LivePlaceKind } from "../../live/room/place.ts";

export const placeTexts = [
  "title",
  "logLabel",
  "empty",
  "banned",
  "errors.banned",
  "signedOut",
  "moderation.banText",
] as const;
export type PlaceText = (typeof placeTexts)[number];

/** The catalogue key of a place-dependent text, with its namespace. */
export function placeTextKey(kind: LivePlaceKind, text: PlaceText): string {
  return kind === "booth" ? `booth:chat.${text}` : `live:chat.${text}`;
}
