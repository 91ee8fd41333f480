import { Service, sql, sqlOf } from '@mera/db';
import type { TenantContext } from '../../shared/context.ts';
import { ofItsService, sofiaDayOf } from '../../shared/sql.ts';
import { serviceView } from '../services/index.ts';
import { loadChecks, scoresOf } from './checks.ts';
import { RECENT_DAYS, type DocumentNotice, type Home, type HomeWindow } from './types.ts';

type Trilingual = { bg: string; en: string; uk: string };

/** A provider's home: its checks in progress, its services' scores, new answers, its documents' news. */
export async function providerParts(ctx: TenantContext, home: Home, w: HomeWindow) {
  const { em, tenantId } = ctx;
  const db = sqlOf(em);
  const can = (permission: string) => ctx.permissions.has(permission);
  if (can('assessments.read')) {
    const checks = await loadChecks(em, [tenantId], null, w.trendSince);
    home.checks = checks
      .filter((c) => c.status === 'in_progress')
      .map((c) => ({
        id: c.id,
        title: c.title,
        serviceName: c.service_name,
        kind: c.kind,
        startedOn: c.started_on,
        answered: c.results.length,
        total: c.total,
      }));
    const services = await em.find(Service, { tenantId }, { orderBy: { name: 'asc' } });
    const score = scoresOf(ctx, checks, w.quarters);
    home.services = services.map((s) => ({
      serviceId: s.id,
      serviceName: s.name,
      providerName: null,
      ...score(s.id),
      rulesFailed: serviceView(s, ctx.plugins.list).rules.filter((r) => r.status === 'fail').length,
      inspectionDueBy: null,
      inspectionOverdue: false,
    }));
  }
  if (can('surveys.read')) {
    const surveys = await db
      .selectFrom('survey as v')
      .innerJoin('service as s', (join) => ofItsService(join, 's', 'v'))
      .select((eb) => [
        'v.id',
        'v.title',
        's.name as service_name',
        eb
          .selectFrom('survey_response as r')
          .select((c) => c.fn.countAll<string>().as('n'))
          .whereRef('r.tenant_id', '=', 'v.tenant_id')
          .whereRef('r.survey_id', '=', 'v.id')
          .where('r.submitted_on', '>=', w.recentSince)
          .as('answers'),
      ])
      .where('v.tenant_id', '=', tenantId)
      .where('v.status', '=', 'open')
      .orderBy('s.name')
      .orderBy('v.created_at')
      .execute();
    const answers = surveys.map((s) => ({
      id: s.id,
      title: s.title as Trilingual,
      serviceName: s.service_name,
      answers: Number(s.answers ?? 0),
    }));
    home.feedback = {
      days: RECENT_DAYS,
      total: answers.reduce((sum, s) => sum + s.answers, 0),
      surveys: answers,
    };
  }
  const documents: DocumentNotice[] = [];
  if (can('programme.read')) {
    // Own programmes waiting for the municipality's agreement (art. 16(2), 20(2)), or decided lately.
    const programmes = await db
      .selectFrom('quality_programme as p')
      .leftJoin('service as s', (join) => ofItsService(join, 's', 'p'))
      .leftJoin('tenant as m', 'm.id', 'p.municipality_tenant_id')
      .select([
        'p.id',
        'p.title',
        's.name as service_name',
        'm.legal_name as municipality',
        'p.status',
        sql<string>`(coalesce(p.decided_at, p.submitted_at) at time zone 'Europe/Sofia')::date`.as('on'),
      ])
      .where('p.tenant_id', '=', tenantId)
      .where((eb) =>
        eb.or([
          eb('p.status', '=', 'submitted'),
          eb('p.decided_at', '>=', sql<string>`${w.recentSince}::date`),
        ]),
      )
      .orderBy('on', 'desc')
      .execute();
    for (const r of programmes)
      documents.push({
        kind: 'programme',
        id: r.id,
        title: r.title,
        serviceName: r.service_name,
        from: r.status === 'submitted' ? null : r.municipality,
        status: r.status,
        on: r.on,
        target: { type: 'programme', id: r.id },
      });
    // The municipality's comments on the provider's reports and programmes (target_reads).
    const comments = await db
      .selectFrom('received_comment as c')
      .innerJoin('tenant as t', 't.id', 'c.tenant_id')
      .leftJoin('report as r', (join) =>
        join
          .on('c.target_kind', '=', 'report')
          .onRef('r.tenant_id', '=', 'c.target_tenant_id')
          .onRef('r.id', '=', 'c.target_id'),
      )
      .leftJoin('quality_programme as p', (join) =>
        join
          .on('c.target_kind', '=', 'programme')
          .onRef('p.tenant_id', '=', 'c.target_tenant_id')
          .onRef('p.id', '=', 'c.target_id'),
      )
      .select((eb) => [
        'c.id',
        'c.target_kind',
        'c.target_id',
        eb.fn.coalesce('r.title', 'p.title').as('title'),
        't.legal_name as author_org',
        sofiaDayOf('c.created_at').as('on'),
      ])
      .where('c.target_tenant_id', '=', tenantId)
      .where('c.created_at', '>=', sql<string>`${w.recentSince}::date`)
      .orderBy('c.created_at', 'desc')
      .execute();
    for (const c of comments)
      documents.push({
        kind: 'comment',
        id: c.id,
        title: c.title ?? '',
        serviceName: null,
        from: c.author_org,
        status: 'received',
        on: c.on,
        target: { type: c.target_kind, id: c.target_id },
      });
  }
  if (can('inspections.read')) {
    // Signed inspection reports about the provider's services (art. 33(4)), lately.
    const reports = await db
      .selectFrom('inspection as i')
      .innerJoin('tenant as t', 't.id', 'i.tenant_id')
      .select([
        'i.id',
        'i.service_name',
        't.legal_name as municipality',
        'i.order_number',
        sofiaDayOf('i.signed_at').as('on'),
      ])
      .where('i.provider_tenant_id', '=', tenantId)
      .where('i.status', '=', 'signed')
      .where('i.signed_at', '>=', sql<string>`${w.recentSince}::date - 60`)
      .orderBy('i.signed_at', 'desc')
      .execute();
    for (const r of reports)
      documents.push({
        kind: 'inspection_report',
        id: r.id,
        title: r.order_number,
        serviceName: r.service_name,
        from: r.municipality,
        status: 'signed',
        on: r.on,
        target: { type: 'inspection', id: r.id },
      });
  }
  home.documents = documents.sort((a, b) => b.on.localeCompare(a.on));
}
