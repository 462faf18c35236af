/**
 * An SMTP server that accepts every message and writes it to a folder, one .eml file
 * per recipient and message, so tests in worker processes can read what the app sent.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { SMTPServer } from "smtp-server";

export type MailCatcher = { url: string; dir: string; stop(): Promise<void> };

let counter = 0;

function fileNameFor(recipient: string): string {
  counter += 1;
  const safe = recipient.toLowerCase().replace(/[^a-z0-9@._+-]/g, "_");
  return `${safe}--${Date.now()}-${String(counter).padStart(4, "0")}.eml`;
}

/** Starts the catcher on a free loopback port; messages land in `dir`. */
export async function startMailCatcher(dir: string): Promise<MailCatcher> {
  mkdirSync(dir, { recursive: true });
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks);
        for (const rcpt of session.envelope.rcptTo) writeFileSync(join(dir, fileNameFor(rcpt.address)), raw);
        callback();
      });
    },
  });
  const port = await new Promise<number>((resolve, reject) => {
    server.once("error", reject);
    const listener = server.listen(0, "127.0.0.1", () => {
      const address = listener.address();
      if (address && typeof address === "object") resolve(address.port);
      else reject(new Error("mail catcher: could not read its port"));
    });
  });
  return {
    url: `smtp://127.0.0.1:${port}`,
    dir,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
