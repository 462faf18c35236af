/**
 * Domain errors: services throw these; `toTrpcError` in trpc.ts is the one place
 * that turns them into tRPC codes and translated messages.
 */
import type { AppErrorCode } from "@pavilion/schema";

export class AppError extends Error {
  readonly code: AppErrorCode;
  /** Values the translated message names, e.g. { limit: "50 MB" }. */
  readonly params: Record<string, number | string> | undefined;
  constructor(code: AppErrorCode, message?: string, params?: Record<string, number | string>) {
    super(message ?? code);
    this.name = "AppError";
    this.code = code;
    this.params = params;
  }
}

export class EmailTakenError extends AppError {
  constructor() {
    super("auth.emailTaken");
  }
}

export class InvalidCredentialsError extends AppError {
  constructor() {
    super("auth.invalidCredentials");
  }
}

export class ResetLinkInvalidError extends AppError {
  constructor() {
    super("auth.resetLinkInvalid");
  }
}

export class ResetLinkExpiredError extends AppError {
  constructor() {
    super("auth.resetLinkExpired");
  }
}

export class NotFoundError extends AppError {
  constructor(what: string) {
    super("notFound", `${what} not found`);
  }
}

export class ForbiddenError extends AppError {
  constructor() {
    super("auth.forbidden");
  }
}

/** Why an organiser's move of a booth was refused. */
export type BoothPlacementProblem = "overlapsBooth" | "blocksAlley" | "outsideFloor";

export class BoothPlacementError extends AppError {
  constructor(problem: BoothPlacementProblem) {
    super(`floor.${problem}`);
  }
}

/** tRPC's HTTP-level code for each domain error code. */
export const trpcCodeFor = {
  "validation.invalid": "BAD_REQUEST",
  "auth.emailTaken": "CONFLICT",
  "auth.invalidCredentials": "UNAUTHORIZED",
  "auth.resetLinkInvalid": "BAD_REQUEST",
  "auth.resetLinkExpired": "BAD_REQUEST",
  "auth.signInRequired": "UNAUTHORIZED",
  "auth.forbidden": "FORBIDDEN",
  notFound: "NOT_FOUND",
  "floor.overlapsBooth": "CONFLICT",
  "floor.blocksAlley": "CONFLICT",
  "floor.outsideFloor": "BAD_REQUEST",
  "upload.empty": "BAD_REQUEST",
  "upload.tooLarge": "PAYLOAD_TOO_LARGE",
  "upload.typeNotAllowed": "UNSUPPORTED_MEDIA_TYPE",
  "upload.svgRefused": "UNSUPPORTED_MEDIA_TYPE",
  "upload.notVideo": "UNSUPPORTED_MEDIA_TYPE",
  "upload.corrupt": "UNPROCESSABLE_CONTENT",
  "upload.duplicate": "CONFLICT",
  "upload.quotaExceeded": "PAYLOAD_TOO_LARGE",
  "upload.incomplete": "BAD_REQUEST",
  "upload.gone": "NOT_FOUND",
  "model.notGltf": "UNSUPPORTED_MEDIA_TYPE",
  "model.externalUri": "UNPROCESSABLE_CONTENT",
  "model.tooManyTriangles": "PAYLOAD_TOO_LARGE",
  "model.textureTooLarge": "PAYLOAD_TOO_LARGE",
  "model.tooManyTextures": "PAYLOAD_TOO_LARGE",
  "model.noGeometry": "UNPROCESSABLE_CONTENT",
  "model.unsupportedExtension": "UNPROCESSABLE_CONTENT",
  "model.tooMany": "CONFLICT",
  "panorama.notEquirectangular": "UNPROCESSABLE_CONTENT",
  "panorama.tooSmall": "UNPROCESSABLE_CONTENT",
  "panorama.tooMany": "CONFLICT",
  "tour.hotspotTarget": "BAD_REQUEST",
  "tour.tooManyHotspots": "CONFLICT",
  "immersive.titleRequired": "BAD_REQUEST",
  "cabinet.ownerRequired": "FORBIDDEN",
  "cabinet.lastOwner": "CONFLICT",
  "cabinet.notSubmittable": "CONFLICT",
  "cabinet.incomplete": "BAD_REQUEST",
  "cabinet.alreadyMember": "CONFLICT",
  "moderation.notSubmitted": "CONFLICT",
  "invite.invalid": "NOT_FOUND",
  "invite.expired": "BAD_REQUEST",
  "invite.alreadyMember": "CONFLICT",
  "invite.wrongAccount": "FORBIDDEN",
  "material.fileRequired": "BAD_REQUEST",
  "live.unavailable": "SERVICE_UNAVAILABLE",
  "live.registrationRequired": "FORBIDDEN",
  "live.approvalRequired": "FORBIDDEN",
  "chat.banned": "FORBIDDEN",
  "chat.muted": "FORBIDDEN",
  "qa.closed": "FORBIDDEN",
  "qa.registrationRequired": "FORBIDDEN",
  "qa.approvalRequired": "FORBIDDEN",
  "live.ended": "CONFLICT",
  "live.notInRoom": "CONFLICT",
  "live.egressUnavailable": "SERVICE_UNAVAILABLE",
  "live.recordingForbidden": "FORBIDDEN",
  "registration.full": "CONFLICT",
  "registration.over": "PRECONDITION_FAILED",
  "registration.eventCancelled": "PRECONDITION_FAILED",
  "registration.notPublished": "PRECONDITION_FAILED",
  "registration.duplicate": "CONFLICT",
  "registration.notPending": "CONFLICT",
  "registration.decisionLate": "PRECONDITION_FAILED",
  "registration.dayBefore": "PRECONDITION_FAILED",
  "registration.heardFromUnknown": "BAD_REQUEST",
  "registration.notCancellable": "PRECONDITION_FAILED",
  "registration.notAccepted": "PRECONDITION_FAILED",
  "calendar.eventCancelled": "NOT_FOUND",
  "meetings.outsideExhibition": "BAD_REQUEST",
  "meetings.badRange": "BAD_REQUEST",
  "meetings.hostNotMember": "BAD_REQUEST",
  "meetings.slotTaken": "CONFLICT",
  "meetings.slotBooked": "CONFLICT",
  "meetings.slotPast": "PRECONDITION_FAILED",
  "meetings.limitReached": "CONFLICT",
  "meetings.ownTeam": "FORBIDDEN",
  "meetings.notBooked": "CONFLICT",
  "leads.assigneeNotMember": "BAD_REQUEST",
  "crm.notConfigured": "PRECONDITION_FAILED",
  "analytics.periodTooLong": "BAD_REQUEST",
  "analytics.periodReversed": "BAD_REQUEST",
  "privacy.passwordWrong": "FORBIDDEN",
  "authoring.outsideExhibition": "BAD_REQUEST",
  "authoring.inThePast": "BAD_REQUEST",
  "authoring.speakerUnknown": "BAD_REQUEST",
  "authoring.speakerInUse": "CONFLICT",
  "authoring.cancelled": "CONFLICT",
  "authoring.notSubmittable": "CONFLICT",
  "authoring.notSubmitted": "CONFLICT",
  "authoring.noRevision": "CONFLICT",
  "authoring.over": "PRECONDITION_FAILED",
  rateLimited: "TOO_MANY_REQUESTS",
  internal: "INTERNAL_SERVER_ERROR",
} as const satisfies Record<AppErrorCode, string>;
