/** The server's background work on a timer: jobs run and queued letters reach a real SMTP server, until stopped. */
import { startSmtpCapture } from "@pavilion/api/testing";
import { createTestDatabase } from "@pavilion/db/testing";
import { expect, it } from "vitest";
import { startBackgroundJobs } from "./jobs.ts";

it("runs due jobs and delivers queued letters every interval, and stops cleanly", async () => {
  const database = await createTestDatabase("sqlite");
  const smtp = await startSmtpCapture();
  const warnings: unknown[] = [];
  const log = { warn: (d: object) => warnings.push(d), error: (d: object) => warnings.push(d) };
  const now = new Date().toISOString();
  try {
    const jobs = startBackgroundJobs({
      ...{ db: database.db, now: () => new Date(), publicUrl: "http://localhost", log, everyMs: 20 },
      ...{ smtpUrl: smtp.url, mailFrom: "test@pavilion.local" },
    });
    await database.db
      .insertInto("jobs")
      .values({
        ...{ id: crypto.randomUUID(), kind: "registration.decisionDeadline", dedupe_key: "deadline:gone" },
        ...{
          payload: JSON.stringify({ registrationId: crypto.randomUUID() }),
          run_at: now,
          state: "pending",
        },
        ...{ locked_until: null, last_error: null, created_at: now, finished_at: null },
      })
      .execute();
    await database.db
      .insertInto("outbox")
      .values({
        ...{ id: crypto.randomUUID(), to_address: "vera@example.test", subject: "Hello", text_body: "Hi" },
        ...{ html_body: null, created_at: now, sent_at: null, error: null, attachments: null },
        ...{ message_id: "<hello@pavilion>", locked_until: null, dedupe_key: null },
      })
      .execute();
    const letter = await smtp.waitFor("vera@example.test");
    expect(letter.messageId).toBe("<hello@pavilion>");
    await expect
      .poll(() => database.db.selectFrom("jobs").select("state").executeTakeFirstOrThrow())
      .toEqual({ state: "done" });
    await jobs.stop();
    expect(warnings).toEqual([]);
  } finally {
    await smtp.stop();
    await database.destroy();
  }
});
