import { inScope, Tenant, type NoticeEvent, type Orm } from '@mera/db';
import type { Translations } from '../../i18n/locale.ts';
import { interpolate } from '../../i18n/messages.ts';
import type { Mailer } from '../../platform/mailer.ts';
import { NOTICES } from './notices.ts';
import { sendOutbox } from './outbox.ts';
import { noticesPage } from './web-entry.ts';

/** One line per notice, in the recipient's language: `{actor}` did something to `{subject}`. */
export const NOTICE_LINES: Record<string, Translations> = {
  contract_proposed: {
    bg: '{actor} предложи договор за „{subject}“.',
    en: '{actor} proposed a contract for “{subject}”.',
    uk: '{actor}: запропоновано договір щодо «{subject}».',
  },
  inspection_ordered: {
    bg: '{actor} назначи проверка на „{subject}“.',
    en: '{actor} ordered an inspection of “{subject}”.',
    uk: '{actor}: призначено перевірку «{subject}».',
  },
  inspection_signed: {
    bg: '{actor} подписа констативния протокол от проверката на „{subject}“.',
    en: '{actor} signed the report of the inspection of “{subject}”.',
    uk: '{actor}: підписано констатувальний протокол перевірки «{subject}».',
  },
  report_received: {
    bg: '{actor} подаде „{subject}“.',
    en: '{actor} submitted “{subject}”.',
    uk: '{actor}: подано «{subject}».',
  },
  programme_received: {
    bg: '{actor} подаде програмата за качество „{subject}“.',
    en: '{actor} submitted the quality programme “{subject}”.',
    uk: '{actor}: подано програму якості «{subject}».',
  },
  agreed: {
    bg: '{actor} съгласува програмата за качество „{subject}“.',
    en: '{actor} agreed the quality programme “{subject}”.',
    uk: '{actor}: погоджено програму якості «{subject}».',
  },
  changes_requested: {
    bg: '{actor} поиска промени в програмата за качество „{subject}“.',
    en: '{actor} asked for changes to the quality programme “{subject}”.',
    uk: '{actor}: запитано зміни до програми якості «{subject}».',
  },
  comment_written: {
    bg: '{actor} написа коментар по „{subject}“.',
    en: '{actor} commented on “{subject}”.',
    uk: '{actor}: новий коментар до «{subject}».',
  },
} satisfies Record<Exclude<NoticeEvent, 'programme_decided'> | 'agreed' | 'changes_requested', Translations>;

/** For a kind this version does not know (a row written by a newer one): who, and about what. */
const GENERIC: Translations = {
  bg: '{actor}: „{subject}“.',
  en: '{actor}: “{subject}”.',
  uk: '{actor}: «{subject}».',
};

const SUBJECT: Translations = {
  bg: 'Мера: {count, plural, one {# ново известие} other {# нови известия}}',
  en: 'Mera: {count, plural, one {# new notice} other {# new notices}}',
  uk: 'Mera: {count, plural, one {# нове сповіщення} few {# нові сповіщення} other {# нових сповіщень}}',
};
const INTRO: Translations = {
  bg: 'Здравейте,\n\nново в „{tenant}“:',
  en: 'Hello,\n\nnew in “{tenant}”:',
  uk: 'Вітаємо!\n\nНове в «{tenant}»:',
};
const OUTRO: Translations = {
  bg: 'Всички известия и връзки към тях: {url}\nИзвестията по имейл се изключват от профила: {profile}',
  en: 'All notices, with links: {url}\nE-mail notices are turned off on your profile: {profile}',
  uk: 'Усі сповіщення з посиланнями: {url}\nСповіщення електронною поштою вимикаються в профілі: {profile}',
};

export interface NoticeEmailRun {
  sent: number;
  /** People whose e-mail could not be sent this time; their notices stay in the outbox for the next run. */
  failed: { tenantId: string; userId: string; error: unknown }[];
}

const REQUEST = 'job:notice-emails';

/**
 * Sends what is in the notices' outbox: one message per person and organisation, through the inbox's one outbox
 * (`sendOutbox`). A person whose address the SMTP server refuses is recorded and skipped; the others are served all
 * the same, and the refused ones are tried again on the next run.
 */
export async function sendNoticeEmails(orm: Orm, mailer: Mailer, webUrl: string): Promise<NoticeEmailRun> {
  const run: NoticeEmailRun = { sent: 0, failed: [] };
  const tenants = await inScope(orm, { tenantId: null, userId: null, requestId: REQUEST }, (em) =>
    em.find(Tenant, {}, { fields: ['id', 'legalName'], orderBy: { id: 'asc' } }),
  );
  const base = webUrl.replace(/\/$/, '');
  for (const tenant of tenants) {
    const sent = await sendOutbox(
      orm,
      mailer,
      { tenantId: tenant.id, requestId: REQUEST },
      NOTICES,
      (rows, locale) => ({
        subject: interpolate(SUBJECT[locale], { count: rows.length }, locale),
        text: [
          interpolate(INTRO[locale], { tenant: tenant.legalName }, locale),
          '',
          ...rows.map((row) => {
            const template = NOTICE_LINES[row.kind] ?? GENERIC;
            return `- ${interpolate(template[locale], { actor: row.actorName ?? '', subject: row.title[locale] }, locale)}`;
          }),
          '',
          interpolate(
            OUTRO[locale],
            { url: noticesPage(base, tenant.id), profile: `${base}/profile` },
            locale,
          ),
          '',
        ].join('\n'),
      }),
    );
    run.sent += sent.sent;
    run.failed.push(...sent.failed.map((f) => ({ tenantId: tenant.id, ...f })));
  }
  return run;
}
