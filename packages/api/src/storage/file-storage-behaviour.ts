/** Tests every FileStorage must pass, whatever keeps the bytes; each store's test file runs them. */
import { createHash } from "node:crypto";
import { text } from "node:stream/consumers";
import { expect, it } from "vitest";
import type { FileStorage } from "./file-storage.ts";

/** The UTF-8 bytes of a string. */
export const bytesOf = (value: string) => new TextEncoder().encode(value);

/** The id a store gives these bytes: their SHA-256 in hex. */
export const sha256 = (value: string | Uint8Array) => createHash("sha256").update(value).digest("hex");

/**
 * Registers, in the enclosing describe, the tests of what any store does: read back,
 * stream (whole or a range) and answer null for an id it does not have. `storage`
 * gives the store under test, made in the caller's hooks.
 */
export function itBehavesLikeFileStorage(storage: () => FileStorage): void {
  it("reads back the bytes it stored", async () => {
    const { id } = await storage().put(bytesOf("Выставка"), "text/plain");
    expect(new TextDecoder().decode((await storage().read(id)) ?? new Uint8Array())).toBe("Выставка");
  });

  it("streams a stored file", async () => {
    const { id } = await storage().put(bytesOf("streamed"), "text/plain");
    const stream = await storage().stream(id);
    expect(stream).not.toBeNull();
    if (stream) expect(await text(stream)).toBe("streamed");
  });

  it("streams only the bytes of a range, and nothing for a range past the end", async () => {
    const { id } = await storage().put(bytesOf("0123456789"), "text/plain");
    const part = await storage().stream(id, { start: 2, end: 4 });
    expect(part && (await text(part))).toBe("234");
    const tail = await storage().stream(id, { start: 8, end: 20 });
    expect(tail && (await text(tail))).toBe("89");
    const past = await storage().stream(id, { start: 10, end: 12 });
    expect(past && (await text(past))).toBe("");
  });

  it("answers null for an unknown id", async () => {
    const id = sha256("never stored");
    expect(await storage().read(id)).toBeNull();
    expect(await storage().stream(id)).toBeNull();
  });
}
