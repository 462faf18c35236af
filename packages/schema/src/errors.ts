import type { z } from "zod";

/** Every error the API reports to a person; the web and e-mails translate them. */
export const appErrorCodes = [
  "validation.invalid",
  "auth.emailTaken",
  "auth.invalidCredentials",
  "auth.resetLinkInvalid",
  "auth.resetLinkExpired",
  "auth.signInRequired",
  "auth.forbidden",
  "notFound",
  "floor.overlapsBooth",
  "floor.blocksAlley",
  "floor.outsideFloor",
  "upload.empty",
  "upload.tooLarge",
  "upload.typeNotAllowed",
  "upload.svgRefused",
  "upload.notVideo",
  "upload.corrupt",
  "upload.duplicate",
  "upload.quotaExceeded",
  "upload.incomplete",
  "upload.gone",
  "model.notGltf",
  "model.externalUri",
  "model.tooManyTriangles",
  "model.textureTooLarge",
  "model.tooManyTextures",
  "model.noGeometry",
  "model.unsupportedExtension",
  "model.tooMany",
  "panorama.notEquirectangular",
  "panorama.tooSmall",
  "panorama.tooMany",
  "tour.hotspotTarget",
  "tour.tooManyHotspots",
  "immersive.titleRequired",
  "cabinet.ownerRequired",
  "cabinet.lastOwner",
  "cabinet.notSubmittable",
  "cabinet.incomplete",
  "cabinet.alreadyMember",
  "moderation.notSubmitted",
  "invite.invalid",
  "invite.expired",
  "invite.alreadyMember",
  "invite.wrongAccount",
  "material.fileRequired",
  "live.unavailable",
  "live.registrationRequired",
  "live.approvalRequired",
  "chat.banned",
  "chat.muted",
  "qa.closed",
  "qa.registrationRequired",
  "qa.approvalRequired",
  "live.ended",
  "live.notInRoom",
  "live.egressUnavailable",
  "live.recordingForbidden",
  "registration.full",
  "registration.over",
  "registration.eventCancelled",
  "registration.notPublished",
  "registration.duplicate",
  "registration.notPending",
  "registration.decisionLate",
  "registration.dayBefore",
  "registration.heardFromUnknown",
  "registration.notCancellable",
  "registration.notAccepted",
  "calendar.eventCancelled",
  "meetings.outsideExhibition",
  "meetings.badRange",
  "meetings.hostNotMember",
  "meetings.slotTaken",
  "meetings.slotBooked",
  "meetings.slotPast",
  "meetings.limitReached",
  "meetings.ownTeam",
  "meetings.notBooked",
  "leads.assigneeNotMember",
  "crm.notConfigured",
  "analytics.periodTooLong",
  "analytics.periodReversed",
  "privacy.passwordWrong",
  "authoring.outsideExhibition",
  "authoring.inThePast",
  "authoring.speakerUnknown",
  "authoring.speakerInUse",
  "authoring.cancelled",
  "authoring.notSubmittable",
  "authoring.notSubmitted",
  "authoring.noRevision",
  "authoring.over",
  "rateLimited",
  "internal",
] as const;
export type AppErrorCode = (typeof appErrorCodes)[number];

export const fieldErrorCodes = [
  "required",
  "tooShort",
  "tooLong",
  "invalidEmail",
  "invalidChoice",
  "invalid",
  // Writing events (authoring.ts): rules over several fields, raised as custom issues.
  "oneLanguageRequired",
  "outOfRange",
  "endsBeforeStart",
  "eventTooLong",
  "thesesCount",
  "thesesOnlyForTalks",
  "outsideEvent",
  "outOfOrder",
  "overlaps",
  "tooManyItems",
  "duplicate",
  "notAmongSpeakers",
] as const;
export type FieldErrorCode = (typeof fieldErrorCodes)[number];

export interface FieldError {
  code: FieldErrorCode;
  /** e.g. { min: 8 } for tooShort. */
  params?: Record<string, number | string>;
}

/** What `error.data.app` carries for every failed procedure. */
export interface AppErrorData {
  code: AppErrorCode;
  /** Values the message names, e.g. { limit: "50 MB" }. */
  params?: Record<string, number | string>;
  fields?: Record<string, FieldError>;
}

/** Maps one zod issue to the field it names and a code the web can translate. */
export function fieldErrorFromIssue(issue: z.core.$ZodIssue): { field: string; error: FieldError } {
  const field = issue.path.map(String).join(".") || "_";
  switch (issue.code) {
    case "too_small": {
      const min = Number(issue.minimum);
      if (issue.origin === "string" && min <= 1) return { field, error: { code: "required" } };
      return { field, error: { code: "tooShort", params: { min } } };
    }
    case "too_big":
      return { field, error: { code: "tooLong", params: { max: Number(issue.maximum) } } };
    case "invalid_format":
      return { field, error: { code: issue.format === "email" ? "invalidEmail" : "invalid" } };
    case "invalid_value":
      return { field, error: { code: "invalidChoice" } };
    case "custom": {
      // A rule that names its own field error: params { fieldError, ...values for the message }.
      const { fieldError, ...params } = (issue.params ?? {}) as Record<string, number | string>;
      if (typeof fieldError === "string" && (fieldErrorCodes as readonly string[]).includes(fieldError))
        return {
          field,
          error: Object.keys(params).length
            ? { code: fieldError as FieldErrorCode, params }
            : { code: fieldError as FieldErrorCode },
        };
      return { field, error: { code: "invalid" } };
    }
    case "invalid_type":
      return { field, error: { code: issue.input === undefined ? "required" : "invalid" } };
    default:
      return { field, error: { code: "invalid" } };
  }
}
