import { idSchema } from "@pavilion/schema";
import { describe, expect, it } from "vitest";
import { sequentialId } from "./message-ids.ts";

describe("chat message ids", () => {
  it("are UUIDs that sort in the order they were made, many within one millisecond", () => {
    const now = Date.now() + 1_000;
    const ids = Array.from({ length: 5_000 }, () => sequentialId(now));
    ids.push(sequentialId(now + 1), sequentialId(now - 500));
    expect(ids.every((id) => idSchema.safeParse(id).success)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
  });

  it("carry the millisecond they were made in, as UUID version 7", () => {
    const at = Date.UTC(2030, 0, 1);
    const id = sequentialId(at);
    expect(id[14]).toBe("7");
    expect(Number.parseInt(id.replaceAll("-", "").slice(0, 12), 16)).toBe(at);
  });
});
