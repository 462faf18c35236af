/** A real SMTP server on loopback that keeps what it receives, for tests that check e-mail. */
import type { AddressInfo } from "node:net";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export interface CapturedAttachment {
  filename: string;
  contentType: string;
  content: string;
}

export interface CapturedMail {
  to: string[];
  subject: string;
  text: string;
  messageId: string;
  attachments: CapturedAttachment[];
}

export interface SmtpCapture {
  url: string;
  messages: CapturedMail[];
  /** Resolves with the first letter to `address` (waiting up to `timeoutMs`). */
  waitFor(address: string, timeoutMs?: number): Promise<CapturedMail>;
  stop(): Promise<void>;
}

/** Starts an SMTP server on 127.0.0.1 (a free port unless told, e.g. to come back where it was) that accepts everything. */
export async function startSmtpCapture(options: { port?: number } = {}): Promise<SmtpCapture> {
  const messages: CapturedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const to = [parsed.to ?? []].flat().flatMap((group) => group.value.map((a) => a.address ?? ""));
          const attachments = parsed.attachments.map((a) => ({
            filename: a.filename ?? "",
            contentType: a.contentType,
            content: a.content.toString("utf8"),
          }));
          const letter = { to, subject: parsed.subject ?? "", text: parsed.text ?? "" };
          messages.push({ ...letter, messageId: parsed.messageId ?? "", attachments });
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    async waitFor(address, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        const found = messages.find((m) => m.to.includes(address));
        if (found) return found;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      throw new Error(`no e-mail to ${address} within ${timeoutMs} ms`);
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
