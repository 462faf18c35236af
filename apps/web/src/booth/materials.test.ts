import { describe, expect, it } from "vitest";
import { formatDuration } from "../lib/format.ts";
import {
  fileTypeLabel,
  formatFileSize,
  type Material,
  materialAction,
  materialIcon,
  materialMeta,
  viewable,
} from "./materials.ts";

/** Intl separates groups with no-break spaces; compare with plain ones. */
const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, " ");

function material(overrides: Partial<Material>): Material {
  return {
    id: "m1",
    kind: "pdf",
    title: { ru: "Буклет", en: "Booklet" },
    description: { ru: "", en: "" },
    url: "/materials/m1/download",
    viewUrl: null,
    previewUrl: null,
    fileName: "booklet.pdf",
    size: 2_516_582,
    ...overrides,
  };
}

describe("formatFileSize", () => {
  it("writes sizes the way each language does", () => {
    expect(formatFileSize(2_516_582, "en")).toBe("2.4 MB");
    expect(formatFileSize(2_516_582, "ru")).toBe("2,4 МБ");
  });

  it("steps through the units in powers of 1024 and drops decimals where they add nothing", () => {
    expect(formatFileSize(512, "en")).toBe("512 bytes");
    expect(formatFileSize(512, "ru")).toBe("512 байт");
    expect(formatFileSize(1536, "en")).toBe("1.5 KB");
    expect(formatFileSize(150 * 1024 * 1024, "ru")).toBe("150 МБ");
    expect(plain(formatFileSize(3 * 1024 ** 3, "ru"))).toBe("3 ГБ");
  });
});

describe("formatDuration", () => {
  it("shows minutes and seconds, and hours when there are any", () => {
    expect(formatDuration(65_000)).toBe("1:05");
    expect(formatDuration(3_723_000)).toBe("1:02:03");
    expect(formatDuration(400)).toBe("0:01");
  });

  it("shows nothing for an unknown length", () => {
    expect(formatDuration(null)).toBeNull();
    expect(formatDuration(0)).toBeNull();
  });
});

describe("fileTypeLabel", () => {
  it("names the file by its extension, and by its kind when it has none", () => {
    expect(fileTypeLabel("programmes.pptx", "Presentation")).toBe("PPTX");
    expect(fileTypeLabel("photo.JPG", "Image")).toBe("JPG");
    expect(fileTypeLabel(null, "PDF document")).toBe("PDF document");
    expect(fileTypeLabel("README", "PDF document")).toBe("PDF document");
  });
});

describe("materialIcon", () => {
  it("gives each kind its own icon", () => {
    const kinds = ["pdf", "image", "video", "slides", "link"] as const;
    expect(new Set(kinds.map(materialIcon)).size).toBe(kinds.length);
  });
});

describe("materialMeta", () => {
  it("says a file's type and size in the page's language", () => {
    expect(materialMeta(material({}), "PDF document", "en")).toBe("PDF · 2.4 MB");
    expect(materialMeta(material({}), "Документ PDF", "ru")).toBe("PDF · 2,4 МБ");
  });

  it("says only the type when the size is unknown", () => {
    expect(materialMeta(material({ size: null, fileName: null }), "PDF document", "en")).toBe("PDF document");
  });

  it("says where a link leads", () => {
    const link = material({
      kind: "link",
      url: "https://www.example.org/open-days",
      fileName: null,
      size: null,
    });
    expect(materialMeta(link, "Link", "en")).toBe("Link · example.org");
  });
});

describe("materialAction", () => {
  it("downloads a file from this site and opens a link in a new tab", () => {
    expect(materialAction(material({}))).toEqual({ type: "download", href: "/materials/m1/download" });
    expect(materialAction(material({ kind: "link", url: "https://example.org/a" }))).toEqual({
      type: "open",
      href: "https://example.org/a",
      host: "example.org",
    });
  });

  it("offers nothing for a missing or unsafe address", () => {
    expect(materialAction(material({ url: null }))).toEqual({ type: "none" });
    expect(materialAction(material({ kind: "link", url: "javascript:alert(1)" }))).toEqual({ type: "none" });
  });
});

describe("viewable", () => {
  it("opens images and videos from this site larger, nothing else", () => {
    expect(viewable(material({ kind: "image", viewUrl: "/files/abc" }))).toBe(true);
    expect(viewable(material({ kind: "video", viewUrl: "/files/abc" }))).toBe(true);
    expect(viewable(material({ kind: "image", viewUrl: null }))).toBe(false);
    expect(viewable(material({ kind: "image", viewUrl: "https://elsewhere.example/a.png" }))).toBe(false);
    expect(viewable(material({ kind: "pdf", viewUrl: "/files/abc" }))).toBe(false);
  });
});
