/**
 * Domain errors: services throw these; `toTrpcError` in trpc.ts is the one place
 * that turns them into tRPC codes and translated messages.
 */
import type { AppErrorCode } from "@pavilion/schema";

export class AppError extends Error {
  readonly code: AppErrorCode;
  constructor(code: AppErrorCode, message?: string) {
    super(message ?? code);
    this.name = "AppError";
    this.code = code;
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
  rateLimited: "TOO_MANY_REQUESTS",
  internal: "INTERNAL_SERVER_ERROR",
} as const satisfies Record<AppErrorCode, string>;
