import { randomUUID } from 'node:crypto';
import { type Names } from '@mera/plugin-sdk';
import { sqlOf, SurveyResponse, type EntityManager } from '@mera/db';
import { AppError } from '../../shared/problem.ts';
import { today } from '@mera/calendar';

import type { SurveyQuestion } from './templates.ts';
import { ofItsService } from '../../shared/sql.ts';

// ————— Answering (public, no login) —————

/** The survey behind a public link, or a 404 that says the link is not (or no longer) valid. */
async function surveyByToken(em: EntityManager, tenantId: string, secret: string, lock = false) {
  let query = sqlOf(em)
    .selectFrom('survey as s')
    .innerJoin('service as v', (join) => ofItsService(join, 'v', 's'))
    .innerJoin('tenant as t', 't.id', 's.tenant_id')
    .select([
      's.id',
      's.status',
      's.daily_cap',
      's.title',
      's.questions',
      'v.name as service_name',
      't.legal_name as provider_name',
    ])
    .where('s.tenant_id', '=', tenantId)
    .where('s.token', '=', secret);
  if (lock) query = query.forUpdate('s');
  const row = await query.executeTakeFirst();
  if (!row) throw new AppError(404, 'survey_link_invalid');
  return { ...row, title: row.title as Names, questions: row.questions as SurveyQuestion[] };
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
  const count = await em.count(SurveyResponse, { tenantId, surveyId: survey.id, submittedOn: day });
  if (count >= survey.daily_cap)
    throw new AppError(429, 'survey_daily_cap', { headers: { 'retry-after': String(secondsToMidnight()) } });
  // A random id, not a time-ordered one: the id must not tell when someone answered.
  em.create(SurveyResponse, { tenantId, id: randomUUID(), surveyId: survey.id, submittedOn: day, answers });
  await em.flush();
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
