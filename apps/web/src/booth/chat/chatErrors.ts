/** Why a message did not go, in words for the person who wrote it. */

import { appErrorOf, formMessages, type Translate } from "../../lib/errors.ts";
import type { LivePlaceKind } from "../../live/room/place.ts";
import { placeTextKey } from "./texts.ts";

/** The sentence the composer shows after a failed send (rate limit, ban and mute in the chat's own words). */
export function sendErrorText(error: unknown, t: Translate, kind: LivePlaceKind = "booth"): string {
  const info = appErrorOf(error);
  switch (info.code) {
    case "rateLimited":
      return t("booth:chat.errors.rateLimited");
    case "chat.banned":
      return t(placeTextKey(kind, "errors.banned"));
    case "chat.muted":
      return t("live:chat.errors.muted", { minutes: info.params?.minutes ?? 10 });
    case "validation.invalid": {
      const body = info.fields?.body;
      if (body?.code === "required" || body?.code === "tooShort") return t("booth:chat.errors.empty");
      if (body?.code === "tooLong") return t("booth:chat.errors.tooLong", { max: body.params?.max ?? "" });
      return formMessages(info, t, []).form ?? t("errors:codes.internal");
    }
    default:
      return formMessages(info, t, []).form ?? t("errors:codes.internal");
  }
}
