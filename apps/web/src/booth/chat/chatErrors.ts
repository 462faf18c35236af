/** Why a message did not go, in words for the person who wrote it. */
import { appErrorOf, formMessages, type Translate } from "../../lib/errors.ts";

/** The sentence the composer shows after a failed send (rate limit and ban in the chat's own words). */
export function sendErrorText(error: unknown, t: Translate): string {
  const info = appErrorOf(error);
  switch (info.code) {
    case "rateLimited":
      return t("booth:chat.errors.rateLimited");
    case "chat.banned":
      return t("booth:chat.errors.banned");
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
