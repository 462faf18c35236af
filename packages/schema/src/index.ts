export * from "./auth.ts";
export * from "./cabinet.ts";
export * from "./chat.ts";
export * from "./common.ts";
export * from "./errors.ts";
export * from "./exhibition.ts";
export * from "./floor.ts";
export * from "./live.ts";
