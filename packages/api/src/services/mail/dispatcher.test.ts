/** The outbox dispatcher against a real SMTP server that goes down and comes back. */
import type { AddressInfo } from "node:net";
import { createServer } from "node:net";
import { postgresAvailableForTests, TEST_ENGINES } from "@pavilion/db/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestApi, type SmtpCapture, startSmtpCapture, type TestApi } from "../../testing/index.ts";
import { createMailDispatcher, MAX_MAIL_ATTEMPTS, type MailDispatcher } from "./dispatcher.ts";
import { createMailer } from "./mailer.ts";
import { queueMail } from "./queue.ts";

const ics = {
  filename: "event.ics",
  contentType: "text/calendar; charset=utf-8; method=REQUEST",
  content: "BEGIN:VCALENDAR\r\nSUMMARY:Вебинар\r\nEND:VCALENDAR\r\n",
};
const letter = (to: string) => ({
  to,
  subject: "Регистрация принята",
  text: "Ждём вас.",
  attachments: [ics],
});

/** A loopback port nothing listens on (yet). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe.each(TEST_ENGINES)("delivering the outbox on %s", (engine) => {
  const skip = engine === "postgres" && !postgresAvailableForTests();
  const run = skip ? it.skip : it;
  let t: TestApi;
  let port: number;
  let smtp: SmtpCapture | null = null;
  const dispatchers: MailDispatcher[] = [];
  const errors: unknown[] = [];

  const dispatcher = () => {
    const made = createMailDispatcher({
      ...{ db: t.db, smtpUrl: `smtp://127.0.0.1:${port}`, from: "Pavilion <test@pavilion.local>" },
      now: () => t.clock.now,
      onError: (error) => errors.push(error),
    });
    dispatchers.push(made);
    return made;
  };
  const row = (to: string) =>
    t.db
      .selectFrom("outbox")
      .select(["sent_at", "error", "attempts", "message_id", "locked_until"])
      .where("to_address", "=", to)
      .executeTakeFirstOrThrow();
  const received = (to: string) => (smtp?.messages ?? []).filter((m) => m.to.includes(to));

  beforeEach(async () => {
    if (skip) return;
    t = await createTestApi(engine);
    port = await freePort();
    errors.length = 0;
  });
  afterEach(async () => {
    for (const d of dispatchers.splice(0)) await d.stop();
    await smtp?.stop();
    smtp = null;
    await t?.close();
  });

  run(
    "keeps a letter while SMTP is down and delivers it once, with its Message-ID, when it is back",
    async () => {
      await queueMail(t.db, letter("vera@example.test"), t.clock.now);
      const mail = dispatcher();
      expect(await mail.deliverDue()).toBe(0);
      const failed = await row("vera@example.test");
      expect(failed).toMatchObject({ sent_at: null, attempts: 1 });
      expect(failed.error).toMatch(/ECONNREFUSED|connect/i);

      smtp = await startSmtpCapture({ port });
      // Not retried before its backoff (1 minute) is over.
      t.clock.advance(30_000);
      expect(await mail.deliverDue()).toBe(0);
      expect(received("vera@example.test")).toHaveLength(0);
      t.clock.advance(31_000);
      expect(await mail.deliverDue()).toBe(1);
      expect(await mail.deliverDue()).toBe(0);
      t.clock.advance(3_600_000);
      expect(await mail.deliverDue()).toBe(0);

      const [got, ...more] = received("vera@example.test");
      expect(more).toEqual([]);
      expect(got?.subject).toBe("Регистрация принята");
      expect(got?.messageId).toBe(failed.message_id);
      expect(got?.attachments).toEqual([
        expect.objectContaining({ filename: "event.ics", content: ics.content }),
      ]);
      expect(await row("vera@example.test")).toMatchObject({ error: null, attempts: 2, locked_until: null });
    },
  );

  run("retries a letter the mailer could not send, and never resends one it sent", async () => {
    const mailer = createMailer(t.db, {
      ...{ smtpUrl: `smtp://127.0.0.1:${port}`, from: "test@pavilion.local" },
      now: () => t.clock.now,
    });
    await mailer.send(letter("late@example.test"));
    expect(await row("late@example.test")).toMatchObject({ sent_at: null, attempts: 1 });

    smtp = await startSmtpCapture({ port });
    await mailer.send(letter("now@example.test"));
    expect(received("now@example.test")).toHaveLength(1);

    const mail = dispatcher();
    expect(await mail.deliverDue()).toBe(0); // the failed one waits for its backoff
    t.clock.advance(61_000);
    expect(await mail.deliverDue()).toBe(1);
    t.clock.advance(3_600_000);
    expect(await mail.deliverDue()).toBe(0);
    expect(received("late@example.test")).toHaveLength(1);
    expect(received("now@example.test")).toHaveLength(1);
  });

  run("gives a letter up after its last attempt and leaves the error in the outbox", async () => {
    await queueMail(t.db, letter("nobody@example.test"), t.clock.now);
    const mail = dispatcher();
    for (let i = 0; i < MAX_MAIL_ATTEMPTS + 3; i++) {
      await mail.deliverDue();
      t.clock.advance(2 * 3_600_000 + 60_000);
    }
    expect(await row("nobody@example.test")).toMatchObject({ sent_at: null, attempts: MAX_MAIL_ATTEMPTS });
  });

  run("sends each letter once when two dispatchers work on the same outbox at once", async () => {
    smtp = await startSmtpCapture({ port });
    const addresses = Array.from({ length: 12 }, (_, i) => `guest${i}@example.test`);
    for (const to of addresses) await queueMail(t.db, letter(to), t.clock.now);
    const [a, b] = [dispatcher(), dispatcher()];
    const [sentByA, sentByB] = await Promise.all([a.deliverDue(), b.deliverDue()]);
    expect(sentByA + sentByB).toBe(12);
    for (const to of addresses) expect(received(to)).toHaveLength(1);
  });
});
