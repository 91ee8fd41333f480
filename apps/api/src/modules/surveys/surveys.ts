import { createHash, randomUUID } from 'node:crypto';
import { defaultSurveys, type Names, type SurveyTemplate } from '@mera/plugin-sdk';
import type { EntityManager } from '@mera/db';
import QRCode from 'qrcode';
import { uuidv7 } from 'uuidv7';
import { AppError } from '../../shared/problem.ts';
import type { DiscoveredPlugin } from '../catalogue/index.ts';
import { newSecret } from '../identity/index.ts';
import { invalid, stale } from '../../shared/validation.ts';
import { isoDate, today } from '@mera/calendar';

/** One question as the survey keeps it: copied from the template when the survey was opened. */
export type SurveyQuestion =
  | { id: string; kind: 'scale'; label: Names; min: number; max: number; scale: Names[] }
  | { id: string; kind: 'text'; label: Names; maxLength: number };

/** The free-text answer is never longer than this, whatever a template says. */
export const TEXT_MAX = 1000;
export const DEFAULT_DAILY_CAP = 200;

const names = (value: unknown, fallback: string): Names => {
  const v = (value ?? {}) as Partial<Names>;
  return { bg: v.bg ?? fallback, en: v.en ?? v.bg ?? fallback, uk: v.uk ?? v.bg ?? fallback };
};

/**
 * A template's JSON Schema as a list of questions: integer properties with `x-scale` are scale questions (one label
 * per value, in each language); string properties are free text. Anything else is not asked.
 */
export function questionsOf(template: SurveyTemplate): SurveyQuestion[] {
  const properties = (template.schema.properties ?? {}) as Record<string, Record<string, unknown>>;
  const questions: SurveyQuestion[] = [];
  for (const [id, property] of Object.entries(properties)) {
    const label = names(property['x-title'], String(property.title ?? id));
    if (property.type === 'integer' && property['x-scale']) {
      const min = Number(property.minimum ?? 1);
      const max = Number(property.maximum ?? 5);
      const raw = property['x-scale'] as Record<string, string[]>;
      const scale = Array.from({ length: max - min + 1 }, (_v, i) =>
        names({ bg: raw.bg?.[i], en: raw.en?.[i], uk: raw.uk?.[i] }, String(min + i)),
      );
      questions.push({ id, kind: 'scale', label, min, max, scale });
    } else if (property.type === 'string') {
      const maxLength = Math.min(Number(property.maxLength ?? TEXT_MAX), TEXT_MAX);
      questions.push({ id, kind: 'text', label, maxLength });
    }
  }
  return questions;
}

/** The survey templates a plugin offers; a plugin that says nothing about surveys gets the SDK's defaults. */
export function templatesOf(plugin: DiscoveredPlugin | undefined): SurveyTemplate[] {
  if (!plugin) return [];
  return plugin.forms?.surveys ?? defaultSurveys;
}

export function templateView(template: SurveyTemplate) {
  return { key: template.key, name: names(template.name, template.key), questions: questionsOf(template) };
}

// ————— The public link —————

const UUID = /^([0-9a-f]{8})-?([0-9a-f]{4})-?([0-9a-f]{4})-?([0-9a-f]{4})-?([0-9a-f]{12})$/i;

/** `<tenant id, 22 base64url characters>.<secret, 43 characters>`: the tenant's id lets the row-level security apply. */
export function publicToken(tenantId: string, secret: string): string {
  return `${Buffer.from(tenantId.replace(/-/g, ''), 'hex').toString('base64url')}.${secret}`;
}

export function parsePublicToken(token: string): { tenantId: string; secret: string } | null {
  const match = /^([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match?.[1] || !match[2]) return null;
  const hex = Buffer.from(match[1], 'base64url').toString('hex');
  const parts = UUID.exec(hex);
  if (!parts || hex.length !== 32) return null;
  return { tenantId: parts.slice(1, 6).join('-').toLowerCase(), secret: match[2] };
}

export const publicPath = (tenantId: string, secret: string) => `/s/${publicToken(tenantId, secret)}`;

export function qrSvg(url: string): Promise<string> {
  // Error correction M survives a crease or a smudge on a printed sheet; the quiet zone is part of the image.
  return QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}

/**
 * The key the in-memory rate limiter counts a client by: a SHA-256 of its address with a salt made at start-up, so
 * the limiter's memory holds no address, and the key means nothing after a restart. Never stored, never logged.
 */
const SALT = newSecret();
export function clientKey(address: string): string {
  return createHash('sha256').update(`${SALT}|${address}`).digest('base64url');
}

// ————— Managing surveys —————

interface SurveyRow {
  id: string;
  service_id: string;
  service_name: string;
  plugin_code: string;
  template_key: string;
  title: Names;
  questions: SurveyQuestion[];
  token: string;
  status: 'open' | 'closed';
  daily_cap: number;
  created_at: Date | string;
  closed_at: Date | string | null;
  token_rotated_at: Date | string | null;
  version: number;
  responses: string | number;
  responses_today: string | number;
}

const SELECT_SURVEY = `
  select s.id, s.service_id, v.name as service_name, s.plugin_code, s.template_key, s.title, s.questions, s.token,
         s.status, s.daily_cap, s.created_at, s.closed_at, s.token_rotated_at, s.version,
         (select count(*) from survey_response r where r.tenant_id = s.tenant_id and r.survey_id = s.id) as responses,
         (select count(*) from survey_response r where r.tenant_id = s.tenant_id and r.survey_id = s.id
            and r.submitted_on = ?::date) as responses_today
  from survey s join service v on v.tenant_id = s.tenant_id and v.id = s.service_id`;

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

function surveyView(tenantId: string, row: SurveyRow, webUrl: string) {
  const path = publicPath(tenantId, row.token);
  return {
    id: row.id,
    serviceId: row.service_id,
    serviceName: row.service_name,
    pluginCode: row.plugin_code,
    templateKey: row.template_key,
    title: row.title,
    questions: row.questions,
    status: row.status,
    dailyCap: row.daily_cap,
    publicPath: path,
    publicUrl: new URL(path, webUrl).toString(),
    responses: Number(row.responses),
    responsesToday: Number(row.responses_today),
    createdAt: iso(row.created_at) ?? '',
    closedAt: iso(row.closed_at),
    tokenRotatedAt: iso(row.token_rotated_at),
    version: row.version,
  };
}

export type SurveyView = ReturnType<typeof surveyView>;

export async function listSurveys(
  em: EntityManager,
  tenantId: string,
  webUrl: string,
  serviceId?: string,
): Promise<SurveyView[]> {
  const rows = await em.execute<SurveyRow[]>(
    `${SELECT_SURVEY} where s.tenant_id = ? ${serviceId ? 'and s.service_id = ?' : ''}
     order by v.name, s.status, s.created_at desc`,
    [today(), tenantId, ...(serviceId ? [serviceId] : [])],
  );
  return rows.map((row) => surveyView(tenantId, row, webUrl));
}

export async function getSurvey(em: EntityManager, tenantId: string, id: string, webUrl: string) {
  const rows = await em.execute<SurveyRow[]>(`${SELECT_SURVEY} where s.tenant_id = ? and s.id = ?`, [
    today(),
    tenantId,
    id,
  ]);
  if (!rows[0]) throw new AppError(404, 'not_found');
  return surveyView(tenantId, rows[0], webUrl);
}

async function serviceOf(em: EntityManager, tenantId: string, serviceId: string, field = 'serviceId') {
  const [service] = await em.execute<{ id: string; plugin_code: string }[]>(
    `select id, plugin_code from service where tenant_id = ? and id = ?`,
    [tenantId, serviceId],
  );
  if (!service) throw invalid(field, 'unknown_service');
  return service;
}

export async function surveyTemplates(
  em: EntityManager,
  plugins: DiscoveredPlugin[],
  tenantId: string,
  serviceId: string,
) {
  const service = await serviceOf(em, tenantId, serviceId);
  return templatesOf(plugins.find((p) => p.code === service.plugin_code)).map(templateView);
}

export async function openSurvey(
  em: EntityManager,
  plugins: DiscoveredPlugin[],
  scope: { tenantId: string; userId: string },
  input: { serviceId: string; templateKey: string; dailyCap?: number },
  webUrl: string,
) {
  const service = await serviceOf(em, scope.tenantId, input.serviceId);
  const template = templatesOf(plugins.find((p) => p.code === service.plugin_code)).find(
    (t) => t.key === input.templateKey,
  );
  if (!template) throw invalid('templateKey', 'unknown_template');
  const questions = questionsOf(template);
  if (!questions.length) throw invalid('templateKey', 'unknown_template');
  const id = uuidv7();
  await em.execute(
    `insert into survey (tenant_id, id, service_id, plugin_code, template_key, title, questions, token, daily_cap, opened_by)
     values (?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?)`,
    [
      scope.tenantId,
      id,
      service.id,
      service.plugin_code,
      template.key,
      JSON.stringify(names(template.name, template.key)),
      JSON.stringify(questions),
      newSecret(),
      input.dailyCap ?? DEFAULT_DAILY_CAP,
      scope.userId,
    ],
  );
  return getSurvey(em, scope.tenantId, id, webUrl);
}

/** Close or reopen a survey, or change its daily cap; the caller names the version it read. */
export async function updateSurvey(
  em: EntityManager,
  tenantId: string,
  id: string,
  input: { version: number; status?: 'open' | 'closed'; dailyCap?: number },
  webUrl: string,
) {
  await getSurvey(em, tenantId, id, webUrl);
  const rows = await em.execute(
    `update survey set
       status = coalesce(?, status),
       closed_at = case when coalesce(?, status) = 'closed' then coalesce(closed_at, now()) else null end,
       daily_cap = coalesce(?, daily_cap),
       updated_at = now(), version = version + 1
     where tenant_id = ? and id = ? and version = ? returning id`,
    [input.status ?? null, input.status ?? null, input.dailyCap ?? null, tenantId, id, input.version],
  );
  if (!rows.length) throw stale();
  return getSurvey(em, tenantId, id, webUrl);
}

/** A new secret for the link: printed copies of the old one stop working at once. */
export async function rotateToken(
  em: EntityManager,
  tenantId: string,
  id: string,
  version: number,
  webUrl: string,
) {
  await getSurvey(em, tenantId, id, webUrl);
  const rows = await em.execute(
    `update survey set token = ?, token_rotated_at = now(), updated_at = now(), version = version + 1
     where tenant_id = ? and id = ? and version = ? returning id`,
    [newSecret(), tenantId, id, version],
  );
  if (!rows.length) throw stale();
  return getSurvey(em, tenantId, id, webUrl);
}

// ————— Answering (public, no login) —————

interface PublicSurveyRow {
  id: string;
  status: 'open' | 'closed';
  daily_cap: number;
  title: Names;
  questions: SurveyQuestion[];
  service_name: string;
  provider_name: string;
}

/** The survey behind a public link, or a 404 that says the link is not (or no longer) valid. */
async function surveyByToken(em: EntityManager, tenantId: string, secret: string, lock = false) {
  const rows = await em.execute<PublicSurveyRow[]>(
    `select s.id, s.status, s.daily_cap, s.title, s.questions, v.name as service_name, t.legal_name as provider_name
     from survey s join service v on v.tenant_id = s.tenant_id and v.id = s.service_id
     join tenant t on t.id = s.tenant_id
     where s.tenant_id = ? and s.token = ? ${lock ? 'for update of s' : ''}`,
    [tenantId, secret],
  );
  const row = rows[0];
  if (!row) throw new AppError(404, 'survey_link_invalid');
  return row;
}

export async function publicSurvey(em: EntityManager, tenantId: string, secret: string) {
  const row = await surveyByToken(em, tenantId, secret);
  if (row.status !== 'open') throw new AppError(410, 'survey_closed');
  return {
    title: row.title,
    serviceName: row.service_name,
    providerName: row.provider_name,
    questions: row.questions,
  };
}

/**
 * Stores one anonymous answer. Refused, with nothing written: a filled honeypot, a closed survey, the day's cap
 * reached, an unknown question, a value off the scale, text too long, or no answer at all. Only the day is kept.
 */
export async function submitAnswer(
  em: EntityManager,
  tenantId: string,
  secret: string,
  body: { answers: Record<string, number>; texts?: Record<string, string>; website?: string },
): Promise<void> {
  // A person never sees the honeypot field; a form-filling robot fills it.
  if (body.website && body.website.trim() !== '') throw new AppError(400, 'survey_answer_refused');
  // Locked: concurrent answers to one survey are counted one after the other, so the cap holds exactly.
  const survey = await surveyByToken(em, tenantId, secret, true);
  if (survey.status !== 'open') throw new AppError(410, 'survey_closed');

  const byId = new Map(survey.questions.map((q) => [q.id, q]));
  const answers: Record<string, number | string> = {};
  const fields: { field: string; rule: string; params?: Record<string, string | number> }[] = [];
  for (const [id, value] of Object.entries(body.answers)) {
    const question = byId.get(id);
    const field = `body.answers.${id}`;
    if (question?.kind !== 'scale') fields.push({ field, rule: 'unknown_question' });
    else if (!Number.isInteger(value) || value < question.min || value > question.max)
      fields.push({ field, rule: 'scale_value', params: { min: question.min, max: question.max } });
    else answers[id] = value;
  }
  for (const [id, value] of Object.entries(body.texts ?? {})) {
    const question = byId.get(id);
    const field = `body.texts.${id}`;
    const text = value.trim();
    if (question?.kind !== 'text') fields.push({ field, rule: 'unknown_question' });
    else if (text.length > question.maxLength)
      fields.push({ field, rule: 'maxLength', params: { limit: question.maxLength } });
    else if (text) answers[id] = text;
  }
  if (fields.length) throw new AppError(400, 'validation_failed', { fields });
  if (Object.keys(answers).length === 0)
    throw new AppError(400, 'validation_failed', { fields: [{ field: 'body.answers', rule: 'no_answer' }] });

  const day = today();
  const [count] = await em.execute<{ n: string }[]>(
    `select count(*) as n from survey_response where tenant_id = ? and survey_id = ? and submitted_on = ?::date`,
    [tenantId, survey.id, day],
  );
  if (Number(count?.n ?? 0) >= survey.daily_cap)
    throw new AppError(429, 'survey_daily_cap', { headers: { 'retry-after': String(secondsToMidnight()) } });
  // A random id, not a time-ordered one: the id must not tell when someone answered.
  await em.execute(
    `insert into survey_response (tenant_id, id, survey_id, submitted_on, answers) values (?, ?, ?, ?::date, ?::jsonb)`,
    [tenantId, randomUUID(), survey.id, day, JSON.stringify(answers)],
  );
}

/** Seconds until midnight in Sofia, when the day's cap starts again (roughly; for Retry-After). */
function secondsToMidnight(now = new Date()): number {
  const [h = 0, m = 0, s = 0] = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Sofia',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  })
    .format(now)
    .split(':')
    .map(Number);
  return Math.max(60, 86_400 - (h * 3600 + m * 60 + s));
}

// ————— Results —————

export type Period = 'month' | 'quarter' | 'half' | 'year';

/** The bucket a month (`YYYY-MM`) falls in, with its first and last day. */
export function bucketOf(month: string, period: Period): { key: string; from: string; to: string } {
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  const span = { month: 1, quarter: 3, half: 6, year: 12 }[period];
  const first = Math.floor((m - 1) / span) * span + 1;
  const last = first + span - 1;
  const pad = (n: number) => String(n).padStart(2, '0');
  const lastDay = new Date(Date.UTC(year, last, 0)).getUTCDate();
  const key =
    period === 'month'
      ? `${year}-${pad(m)}`
      : period === 'quarter'
        ? `${year}-Q${(first + 2) / 3}`
        : period === 'half'
          ? `${year}-H${first === 1 ? 1 : 2}`
          : String(year);
  return { key, from: `${year}-${pad(first)}-01`, to: `${year}-${pad(last)}-${pad(lastDay)}` };
}

/** Every bucket from `from` to `to`, in order, clipped to the range — periods with no answers are shown too. */
export function bucketsBetween(from: string, to: string, period: Period) {
  const buckets: { key: string; from: string; to: string }[] = [];
  let [y, m] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  const end = to.slice(0, 7);
  for (;;) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    if (month > end) break;
    const bucket = bucketOf(month, period);
    if (buckets.at(-1)?.key !== bucket.key)
      buckets.push({
        key: bucket.key,
        from: bucket.from < from ? from : bucket.from,
        to: bucket.to > to ? to : bucket.to,
      });
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
  }
  return buckets;
}

interface Tally {
  answers: number;
  counts: { value: number; count: number }[];
  mean: number | null;
}

function tally(min: number, max: number, counts: Map<number, number>): Tally {
  const list = Array.from({ length: max - min + 1 }, (_v, i) => ({
    value: min + i,
    count: counts.get(min + i) ?? 0,
  }));
  const answers = list.reduce((sum, c) => sum + c.count, 0);
  const total = list.reduce((sum, c) => sum + c.value * c.count, 0);
  return { answers, counts: list, mean: answers ? Math.round((total / answers) * 100) / 100 : null };
}

export interface ResultsQuery {
  serviceId?: string;
  from?: string;
  to?: string;
  period?: Period;
}

/** Answers aggregated per template, question and period. */
export async function surveyResults(em: EntityManager, tenantId: string, query: ResultsQuery) {
  const to = query.to ?? today();
  const from = query.from ?? `${to.slice(0, 4)}-01-01`;
  const period = query.period ?? 'month';
  if (from > to)
    throw new AppError(400, 'validation_failed', {
      fields: [{ field: 'query.from', rule: 'from_after_to' }],
    });
  if (Number(to.slice(0, 4)) - Number(from.slice(0, 4)) > 10)
    throw new AppError(400, 'validation_failed', {
      fields: [{ field: 'query.from', rule: 'range_too_long' }],
    });
  if (query.serviceId) await serviceOf(em, tenantId, query.serviceId, 'query.serviceId');
  const serviceFilter = query.serviceId ? 'and s.service_id = ?' : '';
  const params = [tenantId, from, to, ...(query.serviceId ? [query.serviceId] : [])];

  // The questions as the newest survey of each template words them.
  const surveys = await em.execute<{ template_key: string; title: Names; questions: SurveyQuestion[] }[]>(
    `select s.template_key, s.title, s.questions from survey s
     where s.tenant_id = ? ${serviceFilter} order by s.created_at desc`,
    [tenantId, ...(query.serviceId ? [query.serviceId] : [])],
  );
  const values = await em.execute<
    { template_key: string; month: string; question: string; value: number; n: number }[]
  >(
    `select s.template_key, to_char(r.submitted_on, 'YYYY-MM') as month, a.key as question,
            (a.value #>> '{}')::int as value, count(*)::int as n
     from survey_response r join survey s on s.tenant_id = r.tenant_id and s.id = r.survey_id
     cross join lateral jsonb_each(r.answers) a
     where r.tenant_id = ? and r.submitted_on between ?::date and ?::date ${serviceFilter}
       and jsonb_typeof(a.value) = 'number'
     group by 1, 2, 3, 4`,
    params,
  );
  const responses = await em.execute<{ template_key: string; month: string; n: number }[]>(
    `select s.template_key, to_char(r.submitted_on, 'YYYY-MM') as month, count(*)::int as n
     from survey_response r join survey s on s.tenant_id = r.tenant_id and s.id = r.survey_id
     where r.tenant_id = ? and r.submitted_on between ?::date and ?::date ${serviceFilter}
     group by 1, 2`,
    params,
  );
  const comments = await em.execute<
    { template_key: string; submitted_on: Date | string; question: string; text: string }[]
  >(
    `select s.template_key, r.submitted_on, a.key as question, a.value #>> '{}' as text
     from survey_response r join survey s on s.tenant_id = r.tenant_id and s.id = r.survey_id
     cross join lateral jsonb_each(r.answers) a
     where r.tenant_id = ? and r.submitted_on between ?::date and ?::date ${serviceFilter}
       and jsonb_typeof(a.value) = 'string'
     order by r.submitted_on desc limit 500`,
    params,
  );

  const buckets = bucketsBetween(from, to, period);
  const templates = new Map<string, { title: Names; questions: SurveyQuestion[] }>();
  for (const s of surveys) {
    const known = templates.get(s.template_key);
    if (!known) templates.set(s.template_key, { title: s.title, questions: [...s.questions] });
    else
      for (const q of s.questions) if (!known.questions.some((k) => k.id === q.id)) known.questions.push(q);
  }

  const result = [...templates.entries()].map(([key, template]) => {
    const perPeriod = (month: string) => bucketOf(month, period).key;
    const responsesOf = responses.filter((r) => r.template_key === key);
    const scale = template.questions.filter(
      (q): q is Extract<SurveyQuestion, { kind: 'scale' }> => q.kind === 'scale',
    );
    return {
      templateKey: key,
      name: template.title,
      responses: responsesOf.reduce((sum, r) => sum + r.n, 0),
      periods: buckets.map((b) => ({
        ...b,
        responses: responsesOf.filter((r) => perPeriod(r.month) === b.key).reduce((sum, r) => sum + r.n, 0),
      })),
      questions: scale.map((q) => {
        const rows = values.filter((v) => v.template_key === key && v.question === q.id);
        const count = (subset: typeof rows) => {
          const map = new Map<number, number>();
          for (const r of subset) map.set(r.value, (map.get(r.value) ?? 0) + r.n);
          return tally(q.min, q.max, map);
        };
        return {
          id: q.id,
          label: q.label,
          scale: q.scale,
          total: count(rows),
          periods: buckets.map((b) => ({
            key: b.key,
            ...count(rows.filter((r) => perPeriod(r.month) === b.key)),
          })),
        };
      }),
      comments: comments
        .filter((c) => c.template_key === key)
        .slice(0, 100)
        .map((c) => ({ submittedOn: isoDate(c.submitted_on), question: c.question, text: c.text })),
    };
  });
  return {
    serviceId: query.serviceId ?? null,
    from,
    to,
    period,
    responses: result.reduce((sum, t) => sum + t.responses, 0),
    templates: result,
  };
}
