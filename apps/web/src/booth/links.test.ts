import { describe, expect, it } from "vitest";
import { mailHref, materialHref, phoneHref, webLink } from "./links.ts";

describe("webLink", () => {
  it("keeps an https address and shows it without the scheme", () => {
    expect(webLink("https://school21.example/")).toEqual({
      href: "https://school21.example/",
      label: "school21.example",
    });
    expect(webLink("http://a.example/courses?x=1")?.label).toBe("a.example/courses?x=1");
  });

  it("adds https to a bare host name", () => {
    expect(webLink(" school21.example ")?.href).toBe("https://school21.example/");
  });

  it("refuses what is not a web address", () => {
    expect(webLink("javascript:alert(1)")).toBeNull();
    expect(webLink("ftp://files.example")).toBeNull();
    expect(webLink("not a url")).toBeNull();
    expect(webLink("")).toBeNull();
    expect(webLink(null)).toBeNull();
  });
});

describe("phoneHref", () => {
  it("dials the digits of a number written with spaces and brackets", () => {
    expect(phoneHref("+7 (495) 123-45-67")).toBe("tel:+74951234567");
    expect(phoneHref("8 800 555 35 35")).toBe("tel:88005553535");
  });

  it("refuses text that is not a number", () => {
    expect(phoneHref("call us")).toBeNull();
    expect(phoneHref(null)).toBeNull();
  });
});

describe("mailHref", () => {
  it("writes to an address and refuses anything else", () => {
    expect(mailHref("info@school21.example")).toBe("mailto:info@school21.example");
    expect(mailHref("info at school")).toBeNull();
    expect(mailHref("<a>@b.c")).toBeNull();
  });
});

describe("materialHref", () => {
  it("downloads a file of this site and opens other sites in a new tab", () => {
    expect(materialHref("/files/abc/brochure.pdf")).toEqual({
      href: "/files/abc/brochure.pdf",
      external: false,
    });
    expect(materialHref("https://school21.example/open-day")).toEqual({
      href: "https://school21.example/open-day",
      external: true,
    });
  });

  it("refuses what cannot be opened safely", () => {
    expect(materialHref(null)).toBeNull();
    expect(materialHref("//evil.example/x")).toBeNull();
    expect(materialHref("javascript:alert(1)")).toBeNull();
    expect(materialHref("brochure.pdf")).toBeNull();
  });
});
