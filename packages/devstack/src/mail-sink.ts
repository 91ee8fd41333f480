import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface CapturedMail {
  to: string;
  subject: string;
  text: string;
  /** When the sink received it. */
  receivedAt: Date;
}

export interface MailSink {
  /** smtp://127.0.0.1:<port> — give it to the API as SMTP_URL. */
  url: string;
  messages: CapturedMail[];
  /** The newest message to `to`, waiting briefly for it to arrive. */
  latest(to: string, timeoutMs?: number): Promise<CapturedMail>;
  /** The first URL in the newest message to `to`. */
  link(to: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * A local SMTP server that keeps every message in memory: for tests (which click the links) and for `npm start`
 * (which prints them). It accepts anything and delivers nothing.
 */
export async function startMailSink(onMail?: (mail: CapturedMail) => void): Promise<MailSink> {
  const messages: CapturedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          for (const recipient of session.envelope.rcptTo) {
            const mail = {
              to: recipient.address.toLowerCase(),
              subject: parsed.subject ?? '',
              text: parsed.text ?? '',
              receivedAt: new Date(),
            };
            messages.push(mail);
            onMail?.(mail);
          }
          callback();
        })
        .catch((error: unknown) => callback(error instanceof Error ? error : new Error(String(error))));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;

  const latest = async (to: string, timeoutMs = 5000): Promise<CapturedMail> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = messages.filter((m) => m.to === to.toLowerCase()).at(-1);
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`no e-mail to ${to} arrived`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    latest,
    async link(to) {
      const mail = await latest(to);
      const match = /https?:\/\/\S+/.exec(mail.text);
      if (!match) throw new Error(`the e-mail to ${to} has no link`);
      return match[0];
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
