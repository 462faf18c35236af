import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./env.ts";

describe("configuration", () => {
  it("runs on an empty environment with the embedded defaults", () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.publicUrl).toBe("http://localhost:3000");
    expect(config.secureCookies).toBe(false);
    expect(config.PAVILION_DEMO).toBe(true);
  });

  it("names every bad variable and says what it is for", () => {
    let message = "";
    try {
      loadConfig({ PORT: "eighty", DATABASE_URL: "mysql://x", SMTP_URL: "http://mail" });
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      message = (error as Error).message;
    }
    expect(message).toMatch(/^\s+PORT: .*\(HTTP port\.\)$/m);
    expect(message).toMatch(/^\s+DATABASE_URL: must start with postgres:\/\//m);
    expect(message).toMatch(/^\s+SMTP_URL: must start with smtp:\/\//m);
  });

  it("turns upload limits and the exhibitors' quota from megabytes into bytes", () => {
    const defaults = loadConfig({}).uploads;
    expect(defaults.defaultQuotaBytes).toBe(1024 * 1024 * 1024);
    expect(defaults.limits.video).toBe(500 * 1024 * 1024);
    const config = loadConfig({ EXHIBITOR_QUOTA_MB: "200", UPLOAD_MAX_PDF_MB: "0.5" });
    expect(config.uploads.defaultQuotaBytes).toBe(200 * 1024 * 1024);
    expect(config.uploads.limits.pdf).toBe(512 * 1024);
    expect(() => loadConfig({ EXHIBITOR_QUOTA_MB: "-1" })).toThrow(/EXHIBITOR_QUOTA_MB/);
  });

  it("uses secure cookies behind an https public address", () => {
    const config = loadConfig({ PAVILION_PUBLIC_URL: "https://fair.example/" });
    expect(config.publicUrl).toBe("https://fair.example");
    expect(config.secureCookies).toBe(true);
  });
});

describe("S3 storage settings", () => {
  it("refuses a bucket without its keys, naming what is missing", async () => {
    const { loadConfig } = await import("./env.ts");
    expect(() => loadConfig({ S3_BUCKET: "files" })).toThrow(/S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY/);
    const config = loadConfig({ S3_BUCKET: "files", S3_ACCESS_KEY_ID: "a", S3_SECRET_ACCESS_KEY: "s" });
    expect(config.S3_REGION).toBe("us-east-1");
    expect(config.S3_FORCE_PATH_STYLE).toBe(false);
  });
});

describe("recording webinars with LiveKit Egress", () => {
  it("is off unless switched on, and then writes where told or to the default path", async () => {
    const { DEFAULT_EGRESS_FILEPATH } = await import("@pavilion/livekit");
    expect(loadConfig({}).egress).toBeNull();
    expect(loadConfig({ LIVEKIT_EGRESS: "1" }).egress).toEqual({
      filepath: DEFAULT_EGRESS_FILEPATH,
      s3: null,
    });
    expect(
      loadConfig({ LIVEKIT_EGRESS: "true", LIVEKIT_EGRESS_FILEPATH: "rec/{room_name}.mp4" }).egress?.filepath,
    ).toBe("rec/{room_name}.mp4");
  });

  it("uploads into the files bucket when asked, and refuses that without a bucket", () => {
    expect(() => loadConfig({ LIVEKIT_EGRESS: "1", LIVEKIT_EGRESS_S3: "1" })).toThrow(
      /S3_BUCKET is required/,
    );
    const config = loadConfig({
      ...{ LIVEKIT_EGRESS: "1", LIVEKIT_EGRESS_S3: "true", S3_BUCKET: "files", S3_ACCESS_KEY_ID: "a" },
      ...{ S3_SECRET_ACCESS_KEY: "s", S3_ENDPOINT: "http://127.0.0.1:9000", S3_FORCE_PATH_STYLE: "true" },
    });
    expect(config.egress?.s3).toEqual({
      ...{ bucket: "files", region: "us-east-1", endpoint: "http://127.0.0.1:9000" },
      ...{ accessKey: "a", secret: "s", forcePathStyle: true },
    });
  });
});

describe(".env.example", () => {
  it("mentions every variable the server reads", async () => {
    const { readFile } = await import("node:fs/promises");
    const { envSchema } = await import("./env.ts");
    const example = await readFile(new URL("../../../.env.example", import.meta.url), "utf8");
    for (const name of Object.keys(envSchema.shape))
      expect(example, name).toMatch(new RegExp(`^#? ?${name}=`, "m"));
  });
});
