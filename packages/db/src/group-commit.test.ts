import type { Kysely } from "kysely";
import { describe, expect, it } from "vitest";
import { createGroupCommit } from "./group-commit.ts";
import type { DB } from "./schema.ts";
import { TEST_ENGINES, useTestDatabase } from "./testing.ts";

const T = "2026-11-23T12:00:00.000Z";

describe.each(TEST_ENGINES)("group commit on %s", (engine) => {
  const db = useTestDatabase(engine);

  const addLetter = (id: string) => (trx: Kysely<DB>) =>
    trx
      .insertInto("outbox")
      .values({ id, to_address: `${id}@example.com`, subject: id, text_body: id, created_at: T })
      .execute()
      .then(() => id);

  const ids = async () =>
    (await db().selectFrom("outbox").select("id").orderBy("id").execute()).map((row) => row.id);

  it("commits writes that arrive together and answers each caller with its own result", async () => {
    const writer = createGroupCommit(db());
    const results = await Promise.all(["a", "b", "c"].map((id) => writer.run(addLetter(id))));
    expect(results).toEqual(["a", "b", "c"]);
    expect(await ids()).toEqual(["a", "b", "c"]);
  });

  it("rolls back only the piece that failed; the others are kept", async () => {
    const writer = createGroupCommit(db());
    const failing = writer.run(async (trx) => {
      await addLetter("half-done")(trx);
      throw new Error("over the limit");
    });
    const outcomes = await Promise.allSettled([
      writer.run(addLetter("before")),
      failing,
      writer.run(addLetter("after")),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect(await ids()).toEqual(["after", "before"]);
  });

  it("keeps a database error in one piece from spoiling the batch", async () => {
    const writer = createGroupCommit(db());
    const outcomes = await Promise.allSettled([
      writer.run(addLetter("x")),
      writer.run(addLetter("x")), // the same primary key: a constraint error
      writer.run(addLetter("y")),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect(await ids()).toEqual(["x", "y"]);
  });

  it("takes more writes while a commit runs, in batches of at most the given size", async () => {
    const writer = createGroupCommit(db(), 2);
    const letters = Array.from({ length: 7 }, (_, i) => `m${i}`);
    await Promise.all(letters.map((id) => writer.run(addLetter(id))));
    expect(await ids()).toEqual(letters);
  });
});
