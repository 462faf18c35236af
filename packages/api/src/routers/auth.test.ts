import { postgresAvailableForTests, TEST_ENGINES } from "@pavilion/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApi, failure, type TestApi } from "../testing/index.ts";

describe.each(TEST_ENGINES)("accounts on %s", (engine) => {
  let t: TestApi;
  beforeAll(async () => {
    if (engine === "postgres" && !postgresAvailableForTests()) return;
    t = await createTestApi(engine);
  });
  afterAll(() => t?.close());
  const run = engine === "postgres" && !postgresAvailableForTests() ? it.skip : it;

  run("signs a newcomer up and knows them on the next request", async () => {
    const browser = t.browser();
    const user = await browser.api.auth.signUp({
      name: "Анна Петрова",
      email: "  Anna@Example.TEST ",
      password: "long enough",
      locale: "ru",
    });
    expect(user).toMatchObject({ name: "Анна Петрова", email: "anna@example.test", role: "visitor" });
    expect(browser.cookie()).toBeTruthy();
    expect(await browser.api.auth.me()).toMatchObject({ id: user.id, locale: "ru" });
    expect(await t.browser().api.auth.me()).toBeNull();
  });

  run("refuses a second account with the same e-mail, in any letter case", async () => {
    await t
      .browser()
      .api.auth.signUp({ name: "A", email: "dup@example.test", password: "long enough", locale: "en" });
    const error = await failure(
      t
        .browser("ru")
        .api.auth.signUp({ name: "B", email: "DUP@example.test", password: "other pass", locale: "en" }),
    );
    expect(error.code).toBe("CONFLICT");
    const rows = await t.db
      .selectFrom("users")
      .select("id")
      .where("email", "=", "dup@example.test")
      .execute();
    expect(rows).toHaveLength(1);
  });

  run(
    "stops password guessing after 10 failures for an e-mail in 15 minutes, even with the right one",
    async () => {
      await t
        .browser()
        .api.auth.signUp({ name: "G", email: "g@example.test", password: "right pass", locale: "en" });
      const guesser = t.browser("ru");
      for (let attempt = 0; attempt < 10; attempt += 1) {
        await failure(guesser.api.auth.signIn({ email: "g@example.test", password: `guess ${attempt}` }));
      }
      const blocked = await failure(
        guesser.api.auth.signIn({ email: "G@example.test", password: "right pass" }),
      );
      expect(blocked.code).toBe("TOO_MANY_REQUESTS");
      expect(blocked.message).toMatch(/Слишком много попыток\. Попробуйте снова через \d+ мин\./);
      expect(guesser.cookie()).toBeNull();
      // Another person is not affected, and the owner gets in once the window has passed.
      await failure(
        t.browser().api.auth.signIn({ email: "other@example.test", password: "whatever 1" }),
      ).then((error) => expect(error.code).toBe("UNAUTHORIZED"));
      t.clock.advance(15 * 60_000);
      const user = await t.browser().api.auth.signIn({ email: "g@example.test", password: "right pass" });
      expect(user.email).toBe("g@example.test");
    },
  );

  run("never limits a person who signs in with the right password, however often", async () => {
    await t
      .browser()
      .api.auth.signUp({ name: "H", email: "h@example.test", password: "right pass", locale: "en" });
    for (let attempt = 0; attempt < 12; attempt += 1) {
      await t.browser().api.auth.signIn({ email: "h@example.test", password: "right pass" });
    }
  });

  run("signs in with the right password and refuses a wrong one without saying which part", async () => {
    await t
      .browser()
      .api.auth.signUp({ name: "C", email: "c@example.test", password: "right pass", locale: "en" });
    const browser = t.browser();
    const wrong = await failure(browser.api.auth.signIn({ email: "c@example.test", password: "wrong pass" }));
    expect(wrong.code).toBe("UNAUTHORIZED");
    const unknown = await failure(
      browser.api.auth.signIn({ email: "nobody@example.test", password: "wrong pass" }),
    );
    expect(unknown.message).toBe(wrong.message);
    expect(browser.cookie()).toBeNull();
    const user = await browser.api.auth.signIn({ email: "C@example.test", password: "right pass" });
    expect(user.email).toBe("c@example.test");
    expect(browser.cookie()).toBeTruthy();
  });

  run("signs out: the old cookie no longer opens the session", async () => {
    const browser = await t.signedIn();
    const token = browser.cookie();
    await browser.api.auth.signOut();
    expect(browser.cookie()).toBeNull();
    const sessions = await t.db
      .selectFrom("sessions")
      .select("id")
      .where("user_id", "=", browser.userId)
      .execute();
    expect(sessions).toHaveLength(0);
    expect(token).toBeTruthy();
  });

  run("rejects signing out without a session", async () => {
    const error = await failure(t.browser().api.auth.signOut());
    expect(error.code).toBe("UNAUTHORIZED");
  });

  run("resets a forgotten password through the link e-mailed over SMTP, once", async () => {
    await t
      .browser()
      .api.auth.signUp({ name: "Dana", email: "dana@example.test", password: "old password", locale: "en" });
    const oldSession = t.browser();
    await oldSession.api.auth.signIn({ email: "dana@example.test", password: "old password" });

    await t.browser().api.auth.requestPasswordReset({ email: "dana@example.test", locale: "ru" });
    const mail = await t.smtp.waitFor("dana@example.test");
    expect(mail.subject).toBe("Смена пароля");
    const token = /reset-password\?token=([\w-]+)/.exec(mail.text)?.[1];
    expect(token).toBeTruthy();

    const browser = t.browser();
    const user = await browser.api.auth.resetPassword({ token: token ?? "", password: "new password" });
    expect(user.email).toBe("dana@example.test");
    expect(await oldSession.api.auth.me()).toBeNull(); // signed out everywhere
    await t.browser().api.auth.signIn({ email: "dana@example.test", password: "new password" });

    const again = await failure(
      t.browser().api.auth.resetPassword({ token: token ?? "", password: "third password" }),
    );
    expect(again.message).toMatch(/not valid/);
  });

  run("refuses an expired reset link and keeps the old password", async () => {
    await t
      .browser()
      .api.auth.signUp({ name: "Eve", email: "eve@example.test", password: "old password", locale: "en" });
    await t.browser().api.auth.requestPasswordReset({ email: "eve@example.test", locale: "en" });
    const mail = await t.smtp.waitFor("eve@example.test");
    const token = /token=([\w-]+)/.exec(mail.text)?.[1] ?? "";
    t.clock.advance(3 * 3600_000);
    try {
      const error = await failure(t.browser().api.auth.resetPassword({ token, password: "new password" }));
      expect(error.message).toBe("This password reset link has expired. Ask for a new one.");
      await t.browser().api.auth.signIn({ email: "eve@example.test", password: "old password" });
    } finally {
      t.clock.advance(-3 * 3600_000);
    }
  });

  run("answers a reset request for an unknown e-mail the same way and sends nothing", async () => {
    const before = t.smtp.messages.length;
    await t.browser().api.auth.requestPasswordReset({ email: "ghost@example.test", locale: "en" });
    expect(t.smtp.messages.length).toBe(before);
  });

  run("names each bad field in the caller's language", async () => {
    const error = await failure(
      t.browser("ru").api.auth.signUp({ name: "", email: "not-an-email", password: "short", locale: "ru" }),
    );
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toContain("Имя: обязательное поле.");
    expect(error.message).toContain("E-mail: введите адрес вида name@example.com.");
    expect(error.message).toContain("Пароль: не короче 8 символов.");
  });
});
