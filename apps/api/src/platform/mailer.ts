import type { Transporter } from 'nodemailer';
import type { FastifyBaseLogger } from 'fastify';

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  send(mail: Mail): Promise<void>;
  close(): void;
}

/**
 * Sends through SMTP_URL. Without one, mail is not sent and only the fact is logged (never the body: it carries
 * one-time links). `npm start` runs a local SMTP sink and sets SMTP_URL, so development sees every message.
 */
export function createMailer(smtpUrl: string | undefined, from: string, log: FastifyBaseLogger): Mailer {
  if (!smtpUrl) {
    return {
      async send(mail) {
        log.warn({ subject: mail.subject }, 'e-mail not sent: SMTP_URL is not set');
      },
      close() {},
    };
  }
  // nodemailer loads with the first message, not at start (issue 15: memory of an idle API).
  let transport: Promise<Transporter> | undefined;
  return {
    async send(mail) {
      transport ??= import('nodemailer').then((nodemailer) => nodemailer.default.createTransport(smtpUrl));
      await (await transport).sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text });
    },
    close() {
      void transport?.then((t) => t.close());
    },
  };
}
