/**
 * The server's configuration: every environment variable it reads, validated once
 * at start-up. Nothing else reads process.env. Defaults are the embedded ones, so
 * an empty environment runs the whole product.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type ApiConfig, DEFAULT_QUOTA_BYTES, defaultUploadLimits } from "@pavilion/api";
import { type EgressOutput, egressOutputFrom } from "@pavilion/livekit";
import { z } from "zod";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

const MiB = 1024 * 1024;
const megabytes = (fallback: number, description: string) =>
  z.coerce
    .number()
    .positive()
    .max(1024 * 1024)
    .default(fallback / MiB)
    .describe(description);

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
  SQLITE_SYNCHRONOUS: z
    .enum(["normal", "full"])
    .default("normal")
    .describe(
      "SQLite commits: normal survives an app crash (not a power loss) without waiting for the disk; full waits for an fsync on every commit.",
    ),
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
  JOBS: z
    .enum(["on", "off", "true", "false", "1", "0"])
    .default("on")
    .transform((value) => value === "on" || value === "true" || value === "1")
    .describe(
      "Run background jobs (reminders, decision deadlines) and retry undelivered mail in this process; off for benches.",
    ),
  LOG_LEVEL: z
    .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"])
    .default("info")
    .describe("Log verbosity."),
  LOG_PRETTY: flag.optional().describe("Human-readable logs (default: when the output is a terminal)."),
  EXHIBITOR_QUOTA_MB: megabytes(
    DEFAULT_QUOTA_BYTES,
    "Storage each exhibitor may use for uploaded files, in MB (an exhibitor's own quota overrides it).",
  ),
  UPLOAD_MAX_IMAGE_MB: megabytes(
    defaultUploadLimits.image,
    "Largest image (logo, photo) one may upload, in MB.",
  ),
  UPLOAD_MAX_PDF_MB: megabytes(defaultUploadLimits.pdf, "Largest PDF one may upload, in MB."),
  UPLOAD_MAX_SLIDES_MB: megabytes(
    defaultUploadLimits.slides,
    "Largest slide deck (PPTX, ODP) one may upload, in MB.",
  ),
  UPLOAD_MAX_VIDEO_MB: megabytes(defaultUploadLimits.video, "Largest video one may upload, in MB."),
  UPLOAD_MAX_MODEL_MB: megabytes(
    defaultUploadLimits.model,
    "Largest 3D model (.glb, before we optimise it) one may upload, in MB.",
  ),
  UPLOAD_MAX_PANORAMA_MB: megabytes(
    defaultUploadLimits.panorama,
    "Largest 360° panorama photo (JPEG, WebP) one may upload, in MB.",
  ),
  S3_BUCKET: z
    .string()
    .min(1)
    .optional()
    .describe(
      "Keep files in this S3-compatible bucket instead of PAVILION_DATA_DIR/files (the bucket must exist).",
    ),
  S3_ENDPOINT: z
    .url()
    .optional()
    .describe(
      "S3 service URL, e.g. http://127.0.0.1:9000 (MinIO), https://storage.yandexcloud.net; unset for AWS.",
    ),
  S3_REGION: z.string().default("us-east-1").describe("S3 region (ru-central1 for Yandex Object Storage)."),
  S3_ACCESS_KEY_ID: z.string().optional().describe("S3 access key id; required with S3_BUCKET."),
  S3_SECRET_ACCESS_KEY: z.string().optional().describe("S3 secret access key; required with S3_BUCKET."),
  S3_FORCE_PATH_STYLE: flag
    .default(false)
    .describe("Address buckets as endpoint/bucket (MinIO, Ceph and most self-hosted stores need true)."),
  LIVEKIT_URL: z.string().optional().describe("LiveKit server WebSocket URL (ws:// or wss://)."),
  LIVEKIT_API_KEY: z.string().optional().describe("LiveKit API key."),
  LIVEKIT_API_SECRET: z.string().optional().describe("LiveKit API secret."),
  LIVEKIT_SERVER_BIN: z
    .string()
    .min(1)
    .optional()
    .describe(
      "LiveKit binary run in dev mode beside the app when LIVEKIT_URL is unset (default: .tools/bin/server, else livekit-server on PATH).",
    ),
  LIVEKIT_EGRESS: flag
    .default(false)
    .describe(
      "Hosts may record webinars from the console with LiveKit Egress (an Egress service must run beside LiveKit).",
    ),
  LIVEKIT_EGRESS_FILEPATH: z
    .string()
    .min(1)
    .optional()
    .describe(
      "Where Egress writes a recording: a path on the Egress service, or the key in S3_BUCKET with LIVEKIT_EGRESS_S3; {room_name} and {time} are filled in.",
    ),
  LIVEKIT_EGRESS_S3: flag
    .default(false)
    .describe("Egress uploads recordings into S3_BUCKET (with the S3_* settings) instead of its own disk."),
});

export type Env = z.infer<typeof envSchema>;

export interface ServerConfig extends Env {
  publicUrl: string;
  secureCookies: boolean;
  /** Upload limits and the default quota, in bytes. */
  uploads: ApiConfig["uploads"];
  /** Where LiveKit Egress writes recordings started from the console; null: recording from the console is off. */
  egress: EgressOutput | null;
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
  if (env.S3_BUCKET && !(env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY)) {
    throw new ConfigError(
      "Invalid configuration:\n  S3_BUCKET is set, so S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY are required too.",
    );
  }
  if (env.LIVEKIT_EGRESS_S3 && !env.S3_BUCKET) {
    throw new ConfigError(
      "Invalid configuration:\n  LIVEKIT_EGRESS_S3 is true, so S3_BUCKET is required too.",
    );
  }
  const publicUrl = (env.PAVILION_PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, "");
  const bytes = (megabytes: number) => Math.round(megabytes * MiB);
  const uploads = {
    limits: {
      image: bytes(env.UPLOAD_MAX_IMAGE_MB),
      pdf: bytes(env.UPLOAD_MAX_PDF_MB),
      slides: bytes(env.UPLOAD_MAX_SLIDES_MB),
      video: bytes(env.UPLOAD_MAX_VIDEO_MB),
      model: bytes(env.UPLOAD_MAX_MODEL_MB),
      panorama: bytes(env.UPLOAD_MAX_PANORAMA_MB),
    },
    defaultQuotaBytes: bytes(env.EXHIBITOR_QUOTA_MB),
  };
  return {
    ...{ ...env, publicUrl, secureCookies: publicUrl.startsWith("https://"), uploads },
    egress: egressOutputFrom(env, env.LIVEKIT_EGRESS_S3 ? egressBucket(env) : null),
  };
}

/** The files bucket, as Egress should upload recordings into it. */
function egressBucket(env: Env): EgressOutput["s3"] {
  return {
    ...{ bucket: env.S3_BUCKET ?? "", region: env.S3_REGION, endpoint: env.S3_ENDPOINT },
    ...{ accessKey: env.S3_ACCESS_KEY_ID ?? "", secret: env.S3_SECRET_ACCESS_KEY ?? "" },
    forcePathStyle: env.S3_FORCE_PATH_STYLE,
  };
}

export class ConfigError extends Error {
  override name = "ConfigError";
}
