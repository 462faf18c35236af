import { describe, expect, it } from "vitest";
import { formatBytes } from "./sizes.ts";

describe("formatBytes", () => {
  it("reads naturally in English", () => {
    expect(formatBytes(1, "en")).toBe("1 byte");
    expect(formatBytes(1000, "en")).toBe("1,000 bytes");
    expect(formatBytes(1536, "en")).toBe("1.5 KB");
    expect(formatBytes(20 * 1024 * 1024, "en")).toBe("20 MB");
    expect(formatBytes(1024 ** 3, "en")).toBe("1 GB");
  });

  it("reads naturally in Russian, with the decimal comma and the right word for bytes", () => {
    expect(formatBytes(1, "ru")).toBe("1 байт");
    expect(formatBytes(3, "ru")).toBe("3 байта");
    expect(formatBytes(11, "ru")).toBe("11 байт");
    expect(formatBytes(1536, "ru")).toBe("1,5 КБ");
    expect(formatBytes(500 * 1024 * 1024, "ru")).toBe("500 МБ");
  });
});
