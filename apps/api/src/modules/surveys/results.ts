import { type Names } from '@mera/plugin-sdk';
import type { TenantContext } from '../../shared/context.ts';
import { sql, sqlOf } from '@mera/db';
import { AppError } from '../../shared/problem.ts';
import { isoDate, today } from '@mera/calendar';

import type { SurveyQuestion } from './templates.ts';
import { serviceOf } from './manage.ts';
import { sameTenant } from '../../shared/sql.ts';

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
export async function surveyResults(
  { em, tenantId }: Pick<TenantContext, 'em' | 'tenantId'>,
  query: ResultsQuery,
) {
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
  const db = sqlOf(em);
  const serviceId = query.serviceId;
  /** The responses of the period (of one service, when asked), with their survey. */
  const responsesIn = () => {
    let q = db
      .selectFrom('survey_response as r')
      .innerJoin('survey as s', (join) => sameTenant(join, 's.id', 'r.survey_id'))
      .where('r.tenant_id', '=', tenantId)
      .where('r.submitted_on', '>=', from)
      .where('r.submitted_on', '<=', to);
    if (serviceId) q = q.where('s.service_id', '=', serviceId);
    return q;
  };
  const month = sql<string>`to_char(r.submitted_on, 'YYYY-MM')`;
  // Each answer of a response: its question and value, from the response's JSON (answers are keyed by question).
  const answer = sql<{ key: string; value: unknown }>`jsonb_each(r.answers)`.as('a');

  // The questions as the newest survey of each template words them.
  let surveysQuery = db
    .selectFrom('survey as s')
    .select(['s.template_key', 's.title', 's.questions'])
    .where('s.tenant_id', '=', tenantId);
  if (serviceId) surveysQuery = surveysQuery.where('s.service_id', '=', serviceId);
  const surveys = (await surveysQuery.orderBy('s.created_at', 'desc').execute()).map((s) => ({
    ...s,
    title: s.title as Names,
    questions: s.questions as SurveyQuestion[],
  }));
  const values = await responsesIn()
    .crossJoinLateral(answer)
    .select([
      's.template_key',
      month.as('month'),
      'a.key as question',
      sql<number>`(a.value #>> '{}')::int`.as('value'),
      sql<number>`count(*)::int`.as('n'),
    ])
    .where(sql<boolean>`jsonb_typeof(a.value) = 'number'`)
    .groupBy(['s.template_key', month, 'a.key', sql`a.value #>> '{}'`])
    .execute();
  const responses = await responsesIn()
    .select(['s.template_key', month.as('month'), sql<number>`count(*)::int`.as('n')])
    .groupBy(['s.template_key', month])
    .execute();
  const comments = await responsesIn()
    .crossJoinLateral(answer)
    .select([
      's.template_key',
      'r.submitted_on',
      'a.key as question',
      sql<string>`a.value #>> '{}'`.as('text'),
    ])
    .where(sql<boolean>`jsonb_typeof(a.value) = 'string'`)
    .orderBy('r.submitted_on', 'desc')
    .limit(500)
    .execute();

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
