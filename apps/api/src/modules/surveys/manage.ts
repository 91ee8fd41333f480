import type { InferResult } from 'kysely';
import { type Names } from '@mera/plugin-sdk';
import { sqlOf, Survey, type EntityManager } from '@mera/db';
import { AppError } from '../../shared/problem.ts';
import type { TenantContext } from '../../shared/context.ts';
import { newSecret } from '../identity/index.ts';
import { invalid, stale } from '../../shared/validation.ts';
import { today } from '@mera/calendar';

import {
  DEFAULT_DAILY_CAP,
  names,
  questionsOf,
  templatesOf,
  templateView,
  type SurveyQuestion,
} from './templates.ts';
import { publicPath } from './link.ts';
import { ofItsService } from '../../shared/sql.ts';

// ————— Managing surveys —————

function surveys(em: EntityManager, tenantId: string) {
  const day = today();
  return sqlOf(em)
    .selectFrom('survey as s')
    .innerJoin('service as v', (join) => ofItsService(join, 'v', 's'))
    .select((eb) => [
      's.id',
      's.service_id',
      'v.name as service_name',
      's.plugin_code',
      's.template_key',
      's.title',
      's.questions',
      's.token',
      's.status',
      's.daily_cap',
      's.created_at',
      's.closed_at',
      's.token_rotated_at',
      's.version',
      eb
        .selectFrom('survey_response as r')
        .select((c) => c.fn.countAll<string>().as('n'))
        .whereRef('r.tenant_id', '=', 's.tenant_id')
        .whereRef('r.survey_id', '=', 's.id')
        .as('responses'),
      eb
        .selectFrom('survey_response as r')
        .select((c) => c.fn.countAll<string>().as('n'))
        .whereRef('r.tenant_id', '=', 's.tenant_id')
        .whereRef('r.survey_id', '=', 's.id')
        .where('r.submitted_on', '=', day)
        .as('responses_today'),
    ])
    .where('s.tenant_id', '=', tenantId);
}
/** A survey as the query above reads it. */
type ListedSurvey = InferResult<ReturnType<typeof surveys>>[number];

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

function surveyView(tenantId: string, row: ListedSurvey, webUrl: string) {
  const path = publicPath(tenantId, row.token);
  return {
    id: row.id,
    serviceId: row.service_id,
    serviceName: row.service_name,
    pluginCode: row.plugin_code,
    templateKey: row.template_key,
    title: row.title as Names,
    questions: row.questions as SurveyQuestion[],
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
  { em, tenantId, config }: TenantContext,
  serviceId?: string,
): Promise<SurveyView[]> {
  let query = surveys(em, tenantId);
  if (serviceId) query = query.where('s.service_id', '=', serviceId);
  const rows = await query.orderBy('v.name').orderBy('s.status').orderBy('s.created_at', 'desc').execute();
  return rows.map((row) => surveyView(tenantId, row, config.PUBLIC_WEB_URL));
}

export async function getSurvey({ em, tenantId, config }: TenantContext, id: string) {
  const row = await surveys(em, tenantId).where('s.id', '=', id).executeTakeFirst();
  if (!row) throw new AppError(404, 'not_found');
  return surveyView(tenantId, row, config.PUBLIC_WEB_URL);
}

export async function serviceOf(em: EntityManager, tenantId: string, serviceId: string, field = 'serviceId') {
  const service = await sqlOf(em)
    .selectFrom('service')
    .select(['id', 'plugin_code'])
    .where('tenant_id', '=', tenantId)
    .where('id', '=', serviceId)
    .executeTakeFirst();
  if (!service) throw invalid(field, 'unknown_service');
  return service;
}

export async function surveyTemplates({ em, tenantId, plugins }: TenantContext, serviceId: string) {
  const service = await serviceOf(em, tenantId, serviceId);
  return templatesOf(plugins.list.find((p) => p.code === service.plugin_code)).map(templateView);
}

export async function openSurvey(
  ctx: TenantContext,
  input: { serviceId: string; templateKey: string; dailyCap?: number },
) {
  const { em, tenantId, userId } = ctx;
  const service = await serviceOf(em, tenantId, input.serviceId);
  const template = templatesOf(ctx.plugins.list.find((p) => p.code === service.plugin_code)).find(
    (t) => t.key === input.templateKey,
  );
  if (!template) throw invalid('templateKey', 'unknown_template');
  const questions = questionsOf(template);
  if (!questions.length) throw invalid('templateKey', 'unknown_template');
  const survey = em.create(Survey, {
    tenantId,
    serviceId: service.id,
    pluginCode: service.plugin_code,
    templateKey: template.key,
    title: names(template.name, template.key),
    questions,
    token: newSecret(),
    dailyCap: input.dailyCap ?? DEFAULT_DAILY_CAP,
    openedBy: userId,
  });
  await em.flush();
  return getSurvey(ctx, survey.id);
}

/** Close or reopen a survey, or change its daily cap; the caller names the version it read. */
export async function updateSurvey(
  ctx: TenantContext,
  id: string,
  input: { version: number; status?: 'open' | 'closed'; dailyCap?: number },
) {
  const { em, tenantId } = ctx;
  await getSurvey(ctx, id);
  const survey = await em.findOneOrFail(Survey, { tenantId, id });
  if (survey.version !== input.version) throw stale();
  if (input.status !== undefined) {
    survey.closedAt = input.status === 'closed' ? (survey.closedAt ?? new Date()) : null;
    survey.status = input.status;
  }
  if (input.dailyCap !== undefined) survey.dailyCap = input.dailyCap;
  await em.flush();
  return getSurvey(ctx, id);
}

/** A new secret for the link: printed copies of the old one stop working at once. */
export async function rotateToken(ctx: TenantContext, id: string, version: number) {
  const { em, tenantId } = ctx;
  await getSurvey(ctx, id);
  const survey = await em.findOneOrFail(Survey, { tenantId, id });
  if (survey.version !== version) throw stale();
  em.assign(survey, { token: newSecret(), tokenRotatedAt: new Date() });
  await em.flush();
  return getSurvey(ctx, id);
}
