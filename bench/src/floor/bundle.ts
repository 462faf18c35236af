/** What the browser must download: the entry's JS and the floor's, gzip-sized. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
}

/**
 * The JS files the entry needs before anything else: its static import closure, plus the
 * default language's catalogues, which the entry imports at once before it renders.
 */
export function entryFiles(distDir: string): Set<string> {
  const manifest = JSON.parse(readFileSync(path.join(distDir, ".vite/manifest.json"), "utf8")) as Record<
    string,
    ManifestChunk
  >;
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
  for (const key of Object.keys(manifest)) if (key.endsWith("packages/i18n/src/ru/index.ts")) visit(key);
  return files;
}

/** Gzip size in KiB of the given dist-relative files (level 9, as a server would serve them). */
export function gzipKb(distDir: string, files: Iterable<string>): number {
  let bytes = 0;
  for (const file of files) bytes += gzipSync(readFileSync(path.join(distDir, file)), { level: 9 }).length;
  return Math.round((bytes / 1024) * 10) / 10;
}
