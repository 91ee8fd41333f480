import { ProgrammeMeasure, QualityProgramme, Service, Tenant, type EntityManager } from '@mera/db';
import type { Scope, Actor } from './lifecycle.ts';
import { AppError } from '../../shared/problem.ts';
import { invalid, stale } from '../../shared/validation.ts';
import { isoDate } from '@mera/calendar';
import { categories } from './lifecycle.ts';
import { publishNotice } from '../notices/index.ts';

/**
 * The municipality's inbox of quality programmes (art. 16(2), 20(2)): what providers submitted to it for agreement.
 * Row-level security shows a municipality the programmes naming it that are not drafts, with their measures, and
 * lets it change one only while it is submitted — and the database guard only its decision.
 */
export async function receivedProgrammes(ctx: Scope) {
  const { em, tenantId } = ctx;
  const programmes = await em.find(
    QualityProgramme,
    { municipalityTenantId: tenantId },
    { orderBy: { submittedAt: 'desc' } },
  );
  return Promise.all(programmes.map((p) => receivedSummary(em, p)));
}

async function receivedSummary(em: EntityManager, p: QualityProgramme) {
  const [provider, service, measures] = await Promise.all([
    em.findOne(Tenant, { id: p.tenantId }),
    // Visible while the commissioning contract is in force (commissioned_read).
    p.serviceId ? em.findOne(Service, { tenantId: p.tenantId, id: p.serviceId }) : Promise.resolve(null),
    em.count(ProgrammeMeasure, { tenantId: p.tenantId, programmeId: p.id }),
  ]);
  return {
    id: p.id,
    providerTenantId: p.tenantId,
    providerName: provider?.legalName ?? '',
    serviceName: service?.name ?? null,
    title: p.title,
    periodStart: isoDate(p.periodStart),
    periodEnd: isoDate(p.periodEnd),
    status: p.status as 'submitted' | 'agreed' | 'changes_requested',
    submittedAt: p.submittedAt ? p.submittedAt.toISOString() : null,
    decidedAt: p.decidedAt ? p.decidedAt.toISOString() : null,
    decisionNote: p.decisionNote ?? null,
    measureCount: measures,
    version: p.version,
  };
}

async function findReceived(ctx: Scope, id: string) {
  const { em, tenantId } = ctx;
  const programme = await em.findOne(QualityProgramme, { id, municipalityTenantId: tenantId });
  if (!programme) throw new AppError(404, 'not_found');
  return programme;
}

export async function receivedProgramme(ctx: Scope, id: string) {
  const { em } = ctx;
  const programme = await findReceived(ctx, id);
  const [summary, measures, categoryList] = await Promise.all([
    receivedSummary(em, programme),
    em.find(
      ProgrammeMeasure,
      { tenantId: programme.tenantId, programmeId: programme.id },
      { orderBy: { category: 'asc', deadline: 'asc nulls last', createdAt: 'asc' } },
    ),
    categories(em),
  ]);
  return {
    ...summary,
    measures: measures.map((m) => ({
      id: m.id,
      category: m.category,
      categoryText: categoryList.find((c) => c.number === m.category)?.text ?? { bg: '', en: '', uk: '' },
      title: m.title,
      description: m.description ?? null,
      finding: m.finding ?? null,
      deadline: m.deadline ? isoDate(m.deadline) : null,
      status: m.status,
    })),
  };
}

export async function decideProgramme(
  ctx: Actor,
  id: string,
  input: { decision: 'agree' | 'request_changes'; note?: string | null | undefined; version: number },
) {
  const { em, tenantId, userId } = ctx;
  const programme = await findReceived(ctx, id);
  if (programme.version !== input.version) throw stale();
  if (programme.status !== 'submitted') throw new AppError(409, 'programme_transition');
  const note = input.note?.trim() || null;
  if (input.decision === 'request_changes' && !note) throw invalid('note', 'required');
  em.assign(programme, {
    status: input.decision === 'agree' ? 'agreed' : 'changes_requested',
    decidedAt: new Date(),
    decidedBy: userId,
    decisionNote: note,
  });
  await em.flush();
  await publishNotice(
    em,
    { tenantId, userId },
    {
      event: 'programme_decided',
      outcome: programme.status,
      recipientTenantId: programme.tenantId,
      target: { type: 'programme', id },
      subject: programme.title,
      serviceId: programme.serviceId ?? null,
    },
  );
  return receivedProgramme(ctx, id);
}
