/** Generated logos: a monogram on a coloured shape, drawn as SVG and rasterised by sharp. */
import sharp from "sharp";
import type { Random } from "./random.ts";

export const LOGO_SIZE = 256;

/** Mid-tone colours that carry white lettering; booths use them too. */
export const PALETTE: readonly string[] = [
  "#2e7d6b",
  "#3a6ea5",
  "#5b4b8a",
  "#c0504d",
  "#d9822b",
  "#2f8f5b",
  "#8e5572",
  "#1f6f8b",
  "#b5523b",
  "#4a7c59",
  "#6c5b7b",
  "#35618f",
  "#a23e48",
  "#3d8eb9",
  "#c4912f",
  "#4f6d7a",
];

const SHAPES = ["circle", "rounded", "hexagon", "diamond", "shield", "ring", "split"] as const;
export type LogoShape = (typeof SHAPES)[number];

export interface LogoSpec {
  initials: string;
  shape: LogoShape;
  color: string;
  accent: string;
}

const FONT = "DejaVu Sans, Liberation Sans, Arial, Helvetica, sans-serif";

/** Picks a shape and colours for a monogram; `color` is the exhibitor's own colour. */
export function logoSpec(random: Random, initials: string, color: string): LogoSpec {
  const others = PALETTE.filter((candidate) => candidate !== color);
  return { initials, shape: random.pick(SHAPES), color, accent: random.pick(others) };
}

/** The SVG text of a logo. */
export function logoSvg(spec: LogoSpec): string {
  const narrow = spec.shape === "diamond" || spec.shape === "ring" || spec.shape === "hexagon";
  const fontSize = spec.initials.length >= 3 ? (narrow ? 62 : 74) : 98;
  const ink = spec.shape === "ring" ? spec.color : "#ffffff";
  const text =
    `<text x="128" y="${Math.round(128 + fontSize * 0.36)}" text-anchor="middle" font-family="${FONT}" ` +
    `font-weight="bold" font-size="${fontSize}" letter-spacing="2" fill="${ink}">${escapeXml(spec.initials)}</text>`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${LOGO_SIZE}" height="${LOGO_SIZE}" viewBox="0 0 256 256">` +
    `${shapeSvg(spec)}${text}</svg>`
  );
}

/** Rasterises an SVG to a 256×256 PNG. */
export async function renderPng(svg: string): Promise<Uint8Array> {
  const png = await sharp(Buffer.from(svg))
    .resize(LOGO_SIZE, LOGO_SIZE, { fit: "contain", background: { r: 0, g: 0, b: 0, alpha: 0 } })
    .png({ compressionLevel: 6 })
    .toBuffer();
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}

/** The exhibition's own logo: EDU and the year on a rounded square. */
export function exhibitionLogoSvg(): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256">` +
    `<rect x="8" y="8" width="240" height="240" rx="48" fill="#1f4e79"/>` +
    `<rect x="56" y="140" width="144" height="8" rx="4" fill="#f2b134"/>` +
    `<text x="128" y="120" text-anchor="middle" font-family="${FONT}" font-weight="bold" font-size="64" fill="#ffffff">EDU</text>` +
    `<text x="128" y="204" text-anchor="middle" font-family="${FONT}" font-weight="bold" font-size="44" fill="#f2b134">2026</text>` +
    `</svg>`
  );
}

function shapeSvg({ shape, color, accent }: LogoSpec): string {
  switch (shape) {
    case "circle":
      return `<circle cx="128" cy="128" r="120" fill="${color}"/><circle cx="128" cy="128" r="104" fill="none" stroke="#ffffff" stroke-opacity="0.35" stroke-width="4"/>`;
    case "rounded":
      return `<rect x="8" y="8" width="240" height="240" rx="56" fill="${color}"/><rect x="72" y="190" width="112" height="12" rx="6" fill="${accent}"/>`;
    case "hexagon":
      return `<polygon points="128,6 234,67 234,189 128,250 22,189 22,67" fill="${color}"/>`;
    case "diamond":
      return `<rect x="40" y="40" width="176" height="176" rx="24" transform="rotate(45 128 128)" fill="${color}"/>`;
    case "shield":
      return `<path d="M128 6 L234 40 L234 120 C234 188 186 230 128 250 C70 230 22 188 22 120 L22 40 Z" fill="${color}"/><path d="M22 40 L128 6 L234 40 Z" fill="${accent}"/>`;
    case "ring":
      return `<circle cx="128" cy="128" r="118" fill="#ffffff"/><circle cx="128" cy="128" r="108" fill="none" stroke="${color}" stroke-width="16"/><circle cx="128" cy="128" r="86" fill="none" stroke="${accent}" stroke-width="4"/>`;
    case "split":
      return (
        `<clipPath id="tile"><rect x="8" y="8" width="240" height="240" rx="20"/></clipPath>` +
        `<rect x="8" y="8" width="240" height="240" rx="20" fill="${color}"/>` +
        `<path d="M248 8 L248 248 L8 248 Z" fill="${accent}" opacity="0.55" clip-path="url(#tile)"/>`
      );
    default: {
      const never: never = shape;
      throw new Error(`Unknown logo shape ${String(never)}`);
    }
  }
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
