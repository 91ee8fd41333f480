// Filling a check (art. 24): answers, evidence, completion, and measures from the indicators found wanting.
import { sql, sqlOf } from '@mera/db';
import type { IndicatorResult } from '@mera/plugin-sdk';
import { uuidv7 } from 'uuidv7';
import { AppError } from '../../shared/problem.ts';
import { invalid, optionalText, stale } from '../../shared/validation.ts';
import { isoDate, today } from '@mera/calendar';
import type { TenantContext } from '../../shared/context.ts';
import {
  answerIndicator,
  assertComplete,
  indicatorOf,
  loadAnswers,
  schemeFor,
  tally,
  type AnswerBodyInput,
  type Checklist,
} from '../checklists/index.ts';
import { EDITABLE_PROGRAMME_STATUSES, createMeasure } from '../programme/index.ts';
import {
  assertOpen,
  assessmentDetail,
  evidenceOf,
  evidenceView,
  findRow,
  scopeOf,
  summaryView,
  type CheckContext,
  type CheckRecord,
  type EvidenceKind,
} from './assessments.ts';

/** A provider's check as a checklist of the engine: answered by the provider's people, completed once. */
export const CHECK: Checklist<CheckRecord> = {
  kind: 'assessment',
  find: (em, tenantId, id) => findRow(em, tenantId, id),
  assertOpen,
  tree: scopeOf,
  // The first answer marks the check as started today, when it was only planned.
  async markStarted(em, row) {
    if (row.status !== 'planned') return;
    await sqlOf(em)
      .updateTable('assessment')
      .set((eb) => ({
        status: 'in_progress',
        started_on: eb.fn.coalesce('started_on', eb.cast<string>(eb.val(today()), 'date')),
        updated_at: sql<string>`now()`,
        version: eb('version', '+', 1),
      }))
      .where('tenant_id', '=', row.tenant_id)
      .where('id', '=', row.id)
      .execute();
  },
};

/**
 * Saves one indicator's result and note together. `version` is the answer's version as read (0 when it had none):
 * when someone else saved the same indicator meanwhile, the answer is 409 with what they saved, never an overwrite.
 */
export async function saveResult(ctx: TenantContext, id: string, input: AnswerBodyInput) {
  const saved = await answerIndicator(ctx, CHECK, id, input);
  const after = await findRow(ctx.em, ctx.tenantId, id);
  return {
    ...saved,
    resultVersion: saved.version,
    assessment: summaryView(
      after,
      tally(
        await scopeOf(ctx.em, after),
        await loadAnswers(ctx.em, 'assessment', ctx.tenantId, id),
        schemeFor(ctx.plugins.list, after.plugin_code),
      ),
    ),
  };
}

export async function addEvidence(
  ctx: Pick<TenantContext, 'em' | 'tenantId' | 'userId'>,
  id: string,
  input: {
    itemId: string;
    kind: EvidenceKind;
    fileId?: string | null | undefined;
    documentId?: string | null | undefined;
    description?: string | null | undefined;
  },
) {
  const { em, tenantId } = ctx;
  const db = sqlOf(em);
  const row = await findRow(em, tenantId, id);
  assertOpen(row);
  await indicatorOf(em, CHECK, row, input.itemId);
  const description = optionalText(input.description) ?? null;
  if (input.kind === 'file') {
    if (!input.fileId) throw invalid('fileId', 'required');
    const file = await db
      .selectFrom('stored_file')
      .select('id')
      .where('tenant_id', '=', tenantId)
      .where('id', '=', input.fileId)
      .executeTakeFirst();
    if (!file) throw invalid('fileId', 'unknown_file');
  } else if (input.kind === 'document') {
    if (!input.documentId) throw invalid('documentId', 'required');
    const doc = await db
      .selectFrom('quality_document')
      .select('id')
      .where('tenant_id', '=', tenantId)
      .where('id', '=', input.documentId)
      .where((eb) => eb.or([eb('service_id', 'is', null), eb('service_id', '=', row.service_id)]))
      .executeTakeFirst();
    if (!doc) throw invalid('documentId', 'unknown_document');
  } else if (!description) throw invalid('description', 'required');
  const evidenceId = uuidv7();
  // The database copies the cited document's title, version and file onto the evidence (issue 12.1).
  const inserted = await db
    .insertInto('assessment_evidence')
    .values({
      tenant_id: tenantId,
      id: evidenceId,
      assessment_id: id,
      item_id: input.itemId,
      kind: input.kind,
      file_id: input.kind === 'file' ? (input.fileId ?? null) : null,
      document_id: input.kind === 'document' ? (input.documentId ?? null) : null,
      description,
      created_by: ctx.userId,
      created_at: sql<string>`now()`,
    })
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!inserted) throw new AppError(409, 'evidence_exists');
  await CHECK.markStarted(em, row);
  const e = await evidenceOf(em, tenantId).where('e.id', '=', evidenceId).executeTakeFirstOrThrow();
  return { itemId: input.itemId, ...evidenceView(e) };
}

export async function removeEvidence(
  ctx: Pick<TenantContext, 'em' | 'tenantId'>,
  id: string,
  evidenceId: string,
) {
  const row = await findRow(ctx.em, ctx.tenantId, id);
  assertOpen(row);
  const deleted = await sqlOf(ctx.em)
    .deleteFrom('assessment_evidence')
    .where('tenant_id', '=', ctx.tenantId)
    .where('assessment_id', '=', id)
    .where('id', '=', evidenceId)
    .returning('id')
    .executeTakeFirst();
  if (!deleted) throw new AppError(404, 'not_found');
}

/**
 * Completing freezes the check (the database refuses every later change); every indicator in scope needs an answer,
 * and the refusal names each missing one. The register documents it cites are copied as they are now, so a later
 * edit of a document changes nothing the completed check shows.
 */
export async function completeAssessment(
  ctx: CheckContext & Pick<TenantContext, 'userId'>,
  id: string,
  input: { version: number; conclusions?: string | null | undefined; completedOn?: string | undefined },
) {
  const { em, tenantId } = ctx;
  const row = await findRow(em, tenantId, id);
  if (row.version !== input.version) throw stale();
  assertOpen(row);
  // A check done on paper and typed in later is completed on the day it was done: never in the future, never before
  // it started — its quarter (art. 23(3)) is the one it was done in.
  const completedOn = input.completedOn;
  if (completedOn && completedOn > today()) throw invalid('completedOn', 'not_in_future');
  if (completedOn && row.started_on && completedOn < isoDate(row.started_on))
    throw invalid('completedOn', 'not_before_start');
  const answers = await loadAnswers(em, 'assessment', tenantId, id);
  const scope = await scopeOf(em, row);
  assertComplete(scope, (itemId) => !!answers.get(itemId)?.result);
  // The score as the check's page shows it (the same tally, the plugin's scheme), stored by the completing UPDATE
  // itself: from then on the check is frozen, so the dashboard and the reports read this number, never the answers.
  const { score } = tally(scope, answers, schemeFor(ctx.plugins.list, row.plugin_code));
  const db = sqlOf(em);
  await db
    .updateTable('assessment_evidence as e')
    .from('quality_document as d')
    .set((eb) => ({
      document_title: eb.ref('d.title'),
      document_version_label: eb.ref('d.version_label'),
      document_file_id: eb.ref('d.file_id'),
    }))
    .where('e.tenant_id', '=', tenantId)
    .where('e.assessment_id', '=', id)
    .whereRef('d.tenant_id', '=', 'e.tenant_id')
    .whereRef('d.id', '=', 'e.document_id')
    .execute();
  const conclusions = input.conclusions !== undefined ? optionalText(input.conclusions) : row.conclusions;
  await db
    .updateTable('assessment')
    .set((eb) => ({
      status: 'completed',
      completed_by: ctx.userId,
      conclusions: conclusions ?? null,
      score: score === null ? null : String(score),
      // Noon in Sofia of the day it was done, typed in later; now, when completed as it is done.
      completed_at: completedOn
        ? sql<string>`(${completedOn}::date + time '12:00') at time zone 'Europe/Sofia'`
        : sql<string>`now()`,
      started_on: eb.fn.coalesce('started_on', eb.cast<string>(eb.val(completedOn ?? today()), 'date')),
      version: eb('version', '+', 1),
      updated_at: sql<string>`now()`,
    }))
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .execute();
  return assessmentDetail(ctx, id, tenantId);
}

const FAILED: (IndicatorResult | null | undefined)[] = ['not_met', 'partly_met'];

/**
 * From a not-met or partly-met indicator, a measure in the service's quality programme (art. 19): the one still
 * open for changes (a draft, or one returned for changes), the service's own before the organisation's. Prefilled
 * from the indicator: its text as title, the note as the finding; category 5 (internal control and monitoring,
 * art. 19, item 5) unless the person chooses another.
 */
export async function measureFromIndicator(
  ctx: Pick<TenantContext, 'em' | 'tenantId' | 'userId'>,
  id: string,
  itemId: string,
  input: {
    title?: string | undefined;
    category?: number | undefined;
    ownerId?: string | null | undefined;
    dueOn?: string | null | undefined;
  },
) {
  const { em, tenantId } = ctx;
  const row = await findRow(em, tenantId, id);
  const indicator = await indicatorOf(em, CHECK, row, itemId);
  const answer = (await loadAnswers(em, 'assessment', tenantId, id)).get(itemId);
  if (!FAILED.includes(answer?.result)) throw new AppError(409, 'indicator_met');
  const programme = await sqlOf(em)
    .selectFrom('quality_programme')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where((eb) => eb.or([eb('service_id', '=', row.service_id), eb('service_id', 'is', null)]))
    .where('status', 'in', EDITABLE_PROGRAMME_STATUSES)
    .orderBy((eb) => eb('service_id', 'is', null))
    .orderBy('period_end', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!programme) throw new AppError(409, 'programme_missing');
  const title = optionalText(input.title) ?? `${indicator.key} ${indicator.text ?? ''}`.trim().slice(0, 500);
  const measure = await createMeasure(ctx, programme.id, {
    category: input.category ?? 5,
    title,
    finding: answer?.note ?? `${row.title}: ${indicator.key}`,
    indicatorId: itemId,
    assessmentId: id,
    responsibleUserId: input.ownerId ?? null,
    deadline: input.dueOn ?? null,
  });
  return { id: measure.id, programmeId: programme.id, title: measure.title };
}
