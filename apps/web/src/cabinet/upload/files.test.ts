import { describe, expect, it } from "vitest";
import { formatDuration } from "../../lib/format.ts";
import {
  fileProblem,
  formatBytes,
  limitFor,
  percentOf,
  progressAmounts,
  titleFromFileName,
  tusErrorText,
  uploadIdFromUrl,
  uploadKindOf,
} from "./files.ts";

const MiB = 1024 * 1024;
const limits = {
  image: 20 * MiB,
  pdf: 50 * MiB,
  slides: 100 * MiB,
  video: 500 * MiB,
  model: 50 * MiB,
  panorama: 64 * MiB,
};
/** Intl puts no-break spaces between a number and its unit; compare with plain spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

describe("uploadIdFromUrl", () => {
  it("takes the last path segment of the tus upload address", () => {
    expect(uploadIdFromUrl("http://localhost:3000/uploads/0a1b2c3d4e5f")).toBe("0a1b2c3d4e5f");
    expect(uploadIdFromUrl("/uploads/abc_DEF-123/")).toBe("abc_DEF-123");
    expect(uploadIdFromUrl("https://fair.example/uploads/xyz12345?token=1#top")).toBe("xyz12345");
  });
});

describe("formatBytes", () => {
  it("writes sizes in the unit people expect, in each language", () => {
    expect(plain(formatBytes(12.34 * MiB, "en"))).toBe("12.3 MB");
    expect(plain(formatBytes(12.34 * MiB, "ru"))).toBe("12,3 МБ");
    expect(plain(formatBytes(1024 * MiB, "en"))).toBe("1 GB");
    expect(plain(formatBytes(512, "ru"))).toBe("512 Б");
    expect(plain(formatBytes(250 * MiB, "en"))).toBe("250 MB");
    expect(plain(formatBytes(1024 * MiB - 2000, "en"))).toBe("1 GB");
  });
});

describe("progressAmounts", () => {
  it("gives both numbers in the unit of the total", () => {
    expect(progressAmounts(12.3 * MiB, 80 * MiB, "en")).toEqual({ sent: "12.3", total: "80\u00a0MB" });
    expect(progressAmounts(512 * 1024, 1.5 * 1024 * MiB, "ru")).toEqual({ sent: "0", total: "1,5\u00a0ГБ" });
  });
});

describe("percentOf", () => {
  it("shows 100 % only when every byte is sent", () => {
    expect(percentOf(0, 0)).toBe(0);
    expect(percentOf(999, 1000)).toBe(99);
    expect(percentOf(1000, 1000)).toBe(100);
    expect(percentOf(250, 1000)).toBe(25);
  });
});

describe("uploadKindOf and limitFor", () => {
  it("tells the kind by the type, or by the extension when the browser gives none", () => {
    expect(uploadKindOf({ name: "logo.PNG", type: "image/png" })).toBe("image");
    expect(uploadKindOf({ name: "deck.pptx", type: "" })).toBe("slides");
    expect(uploadKindOf({ name: "clip.mov", type: "" })).toBe("video");
    expect(uploadKindOf({ name: "notes.txt", type: "text/plain" })).toBeNull();
  });

  it("takes a .glb as a model, whatever type the browser gives it", () => {
    expect(uploadKindOf({ name: "Chair.GLB", type: "" })).toBe("model");
    expect(uploadKindOf({ name: "chair.glb", type: "model/gltf-binary" })).toBe("model");
    expect(uploadKindOf({ name: "chair.gltf", type: "model/gltf+json" })).toBeNull();
  });

  it("takes a JPEG or WebP photo as a panorama only when a panorama is asked for", () => {
    expect(uploadKindOf({ name: "hall.jpg", type: "image/jpeg" }, "panorama")).toBe("panorama");
    expect(uploadKindOf({ name: "hall.webp", type: "" }, "panorama")).toBe("panorama");
    expect(uploadKindOf({ name: "hall.jpg", type: "image/jpeg" }, "material")).toBe("image");
    expect(uploadKindOf({ name: "hall.png", type: "image/png" }, "panorama")).toBe("image");
  });

  it("refuses what a model or a panorama upload does not take, before sending it", () => {
    const roomy = { usedBytes: 0, quotaBytes: 1024 * MiB };
    const glb = { name: "chair.glb", type: "", size: 10 * MiB };
    expect(fileProblem(glb, "model", limits, roomy)).toBeNull();
    expect(fileProblem({ ...glb, size: 51 * MiB }, "model", limits, roomy)).toEqual({
      code: "upload.tooLarge",
      size: 51 * MiB,
      limit: 50 * MiB,
    });
    expect(fileProblem(glb, "panorama", limits, roomy)).toEqual({ code: "upload.typeNotAllowed" });
    const photo = { name: "hall.jpg", type: "image/jpeg", size: 60 * MiB };
    expect(fileProblem(photo, "panorama", limits, roomy)).toBeNull();
    expect(fileProblem({ ...photo, name: "hall.png", type: "image/png" }, "panorama", limits, roomy)).toEqual(
      {
        code: "upload.typeNotAllowed",
      },
    );
    expect(limitFor(photo, "panorama", limits)).toBe(64 * MiB);
  });

  it("applies the limit of the file's kind, or the largest the purpose allows", () => {
    expect(limitFor({ name: "a.pdf", type: "application/pdf" }, "material", limits)).toBe(50 * MiB);
    expect(limitFor({ name: "a.mp4", type: "video/mp4" }, "material", limits)).toBe(500 * MiB);
    expect(limitFor({ name: "a.bin", type: "" }, "logo", limits)).toBe(20 * MiB);
    expect(limitFor({ name: "a.bin", type: "" }, "material", limits)).toBe(500 * MiB);
  });
});

describe("tusErrorText", () => {
  const failed = (body: string) => ({ originalResponse: { getBody: () => body } });

  it("shows the server's own words, plain or in JSON", () => {
    expect(tusErrorText(failed("The file is too large.\n"))).toBe("The file is too large.");
    expect(tusErrorText(failed('{"message":"Файл слишком большой."}'))).toBe("Файл слишком большой.");
  });

  it("has nothing to show when no answer came", () => {
    expect(tusErrorText(new Error("network"))).toBeNull();
    expect(tusErrorText({ originalResponse: null })).toBeNull();
    expect(tusErrorText(failed("  "))).toBeNull();
  });
});

describe("formatDuration and titleFromFileName", () => {
  it("writes a video's length as a clock", () => {
    expect(formatDuration(65_000)).toBe("1:05");
    expect(formatDuration(3_725_000)).toBe("1:02:05");
  });

  it("makes a first title from a file name", () => {
    expect(titleFromFileName("Price_list_2026.pdf")).toBe("Price list 2026");
    expect(titleFromFileName("Отчёт.годовой.pptx")).toBe("Отчёт.годовой");
  });
});

describe("fileProblem", () => {
  const quota = { usedBytes: 990 * MiB, quotaBytes: 1024 * MiB };

  it("refuses before sending what the server would refuse", () => {
    expect(fileProblem({ name: "a.png", type: "image/png", size: 0 }, "logo", limits, quota)).toEqual({
      code: "upload.empty",
    });
    expect(fileProblem({ name: "a.pdf", type: "application/pdf", size: 10 }, "logo", limits, quota)).toEqual({
      code: "upload.typeNotAllowed",
    });
    expect(fileProblem({ name: "a.png", type: "image/png", size: 21 * MiB }, "logo", limits, quota)).toEqual({
      code: "upload.tooLarge",
      size: 21 * MiB,
      limit: 20 * MiB,
    });
    expect(
      fileProblem({ name: "a.pdf", type: "application/pdf", size: 40 * MiB }, "material", limits, quota),
    ).toEqual({ code: "upload.quotaExceeded", size: 40 * MiB, remaining: 34 * MiB, quota: 1024 * MiB });
  });

  it("lets a file within the limit and the quota go", () => {
    expect(
      fileProblem({ name: "a.pdf", type: "application/pdf", size: 30 * MiB }, "material", limits, quota),
    ).toBeNull();
  });
});
