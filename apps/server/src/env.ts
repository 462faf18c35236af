/**
 * The server's configuration: every environment variable it reads, validated once
 * at start-up. Nothing else reads process.env. Defaults are the embedded ones, so
 * an empty environment runs the whole product.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

const flag = z.enum(["true", "false", "1", "0"]).transform((value) => value === "true" || value === "1");

export const envSchema = z.object({
  HOST: z
    .string()
    .default("127.0.0.1")
    .describe("Interface to listen on; 0.0.0.0 to accept outside connections."),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000).describe("HTTP port."),
  PAVILION_PUBLIC_URL: z
    .url()
    .optional()
    .describe("Address people use to reach the app, for links in e-mails (default http://localhost:PORT)."),
  PAVILION_DATA_DIR: z
    .string()
    .default(path.join(repoRoot, "data"))
    .describe("Folder for the SQLite database and uploaded files."),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must start with postgres:// (leave unset for the embedded SQLite)")
    .optional()
    .describe("PostgreSQL connection string; unset means SQLite in PAVILION_DATA_DIR."),
  PAVILION_WEB_DIST: z
    .string()
    .default(path.join(repoRoot, "apps/web/dist"))
    .describe("The built web app to serve."),
  PAVILION_DEMO: flag.default(true).describe("Seed the demo exhibition into an empty database."),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "must start with smtp:// or smtps://")
    .optional()
    .describe("SMTP server for outgoing mail; unset keeps mail in the in-app outbox."),
  MAIL_FROM: z.string().default("Pavilion <no-reply@pavilion.local>").describe("Sender of outgoing mail."),
  LOG_LEVEL: z
    .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"])
    .default("info")
    .describe("Log verbosity."),
  LOG_PRETTY: flag.optional().describe("Human-readable logs (default: when the output is a terminal)."),
  LIVEKIT_URL: z.string().optional().describe("LiveKit server WebSocket URL (ws:// or wss://)."),
  LIVEKIT_API_KEY: z.string().optional().describe("LiveKit API key."),
  LIVEKIT_API_SECRET: z.string().optional().describe("LiveKit API secret."),
});

export type Env = z.infer<typeof envSchema>;

export interface ServerConfig extends Env {
  publicUrl: string;
  secureCookies: boolean;
}

/** Reads and checks the environment; the error names every bad variable and why. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): ServerConfig {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? "?");
      const described = envSchema.shape[name as keyof Env]?.description;
      return `  ${name}: ${issue.message}${described ? ` (${described})` : ""}`;
    });
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const env = result.data;
  const publicUrl = (env.PAVILION_PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, "");
  return { ...env, publicUrl, secureCookies: publicUrl.startsWith("https://") };
}

export class ConfigError extends Error {
  override name = "ConfigError";
}
