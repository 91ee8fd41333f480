// Filling a check (art. 24): answers, evidence, completion, and measures from the indicators found wanting.
import type { EntityManager } from '@mera/db';
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
  EVIDENCE_SELECT,
  assertOpen,
  assessmentDetail,
  evidenceView,
  findRow,
  scopeOf,
  summaryView,
  type AssessmentRow,
  type EvidenceKind,
  type EvidenceRow,
  type Plugins,
} from './assessments.ts';

/** A provider's check as a checklist of the engine: answered by the provider's people, completed once. */
export const CHECK: Checklist<AssessmentRow> = {
  kind: 'assessment',
  find: (em, tenantId, id) => findRow(em, tenantId, id),
  assertOpen,
  tree: scopeOf,
  // The first answer marks the check as started today, when it was only planned.
  async markStarted(em, row) {
    if (row.status !== 'planned') return;
    await em.execute(
      `update assessment set status = 'in_progress', started_on = coalesce(started_on, ?::date), updated_at = now(),
         version = version + 1 where tenant_id = ? and id = ?`,
      [today(), row.tenant_id, row.id],
    );
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
  em: EntityManager,
  tenantId: string,
  userId: string,
  id: string,
  input: {
    itemId: string;
    kind: EvidenceKind;
    fileId?: string | null | undefined;
    documentId?: string | null | undefined;
    description?: string | null | undefined;
  },
) {
  const row = await findRow(em, tenantId, id);
  assertOpen(row);
  await indicatorOf(em, CHECK, row, input.itemId);
  const description = optionalText(input.description) ?? null;
  if (input.kind === 'file') {
    if (!input.fileId) throw invalid('fileId', 'required');
    const [file] = await em.execute(`select 1 from stored_file where tenant_id = ? and id = ?`, [
      tenantId,
      input.fileId,
    ]);
    if (!file) throw invalid('fileId', 'unknown_file');
  } else if (input.kind === 'document') {
    if (!input.documentId) throw invalid('documentId', 'required');
    const [doc] = await em.execute(
      `select 1 from quality_document where tenant_id = ? and id = ? and (service_id is null or service_id = ?)`,
      [tenantId, input.documentId, row.service_id],
    );
    if (!doc) throw invalid('documentId', 'unknown_document');
  } else if (!description) throw invalid('description', 'required');
  const evidenceId = uuidv7();
  // The database copies the cited document's title, version and file onto the evidence (issue 12.1).
  const inserted = await em.execute<{ id: string }[]>(
    `insert into assessment_evidence (tenant_id, id, assessment_id, item_id, kind, file_id, document_id, description, created_by)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing returning id`,
    [
      tenantId,
      evidenceId,
      id,
      input.itemId,
      input.kind,
      input.kind === 'file' ? input.fileId : null,
      input.kind === 'document' ? input.documentId : null,
      description,
      userId,
    ],
  );
  if (inserted.length === 0) throw new AppError(409, 'evidence_exists');
  await CHECK.markStarted(em, row);
  const [e] = await em.execute<EvidenceRow[]>(`${EVIDENCE_SELECT} where e.tenant_id = ? and e.id = ?`, [
    tenantId,
    evidenceId,
  ]);
  return { itemId: input.itemId, ...evidenceView(e as EvidenceRow) };
}

export async function removeEvidence(em: EntityManager, tenantId: string, id: string, evidenceId: string) {
  const row = await findRow(em, tenantId, id);
  assertOpen(row);
  const deleted = await em.execute<{ id: string }[]>(
    `delete from assessment_evidence where tenant_id = ? and assessment_id = ? and id = ? returning id`,
    [tenantId, id, evidenceId],
  );
  if (deleted.length === 0) throw new AppError(404, 'not_found');
}

/**
 * Completing freezes the check (the database refuses every later change); every indicator in scope needs an answer,
 * and the refusal names each missing one. The register documents it cites are copied as they are now, so a later
 * edit of a document changes nothing the completed check shows.
 */
export async function completeAssessment(
  em: EntityManager,
  app: Plugins,
  tenantId: string,
  userId: string,
  id: string,
  input: { version: number; conclusions?: string | null | undefined; completedOn?: string | undefined },
) {
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
  const { score } = tally(scope, answers, schemeFor(app.servicePlugins, row.plugin_code));
  await em.execute(
    `update assessment_evidence e set document_title = d.title, document_version_label = d.version_label,
       document_file_id = d.file_id
     from quality_document d
     where e.tenant_id = ? and e.assessment_id = ? and d.tenant_id = e.tenant_id and d.id = e.document_id`,
    [tenantId, id],
  );
  const conclusions = input.conclusions !== undefined ? optionalText(input.conclusions) : row.conclusions;
  await em.execute(
    `update assessment set status = 'completed', completed_by = ?, conclusions = ?, score = ?::numeric,
       completed_at = coalesce((?::date + time '12:00') at time zone 'Europe/Sofia', now()),
       started_on = coalesce(started_on, ?::date, ?::date), version = version + 1, updated_at = now()
     where tenant_id = ? and id = ?`,
    [userId, conclusions ?? null, score, completedOn ?? null, completedOn ?? null, today(), tenantId, id],
  );
  return assessmentDetail(em, app, tenantId, id);
}

const FAILED: (IndicatorResult | null | undefined)[] = ['not_met', 'partly_met'];

/**
 * From a not-met or partly-met indicator, a measure in the service's quality programme (art. 19): the one still
 * open for changes (a draft, or one returned for changes), the service's own before the organisation's. Prefilled
 * from the indicator: its text as title, the note as the finding; category 5 (internal control and monitoring,
 * art. 19, item 5) unless the person chooses another.
 */
export async function measureFromIndicator(
  em: EntityManager,
  tenantId: string,
  userId: string,
  id: string,
  itemId: string,
  input: {
    title?: string | undefined;
    category?: number | undefined;
    ownerId?: string | null | undefined;
    dueOn?: string | null | undefined;
  },
) {
  const row = await findRow(em, tenantId, id);
  const indicator = await indicatorOf(em, CHECK, row, itemId);
  const answer = (await loadAnswers(em, 'assessment', tenantId, id)).get(itemId);
  if (!FAILED.includes(answer?.result)) throw new AppError(409, 'indicator_met');
  const [programme] = await em.execute<{ id: string }[]>(
    `select id from quality_programme where tenant_id = ? and (service_id = ? or service_id is null)
       and status = any (string_to_array(?, ','))
     order by service_id is null, period_end desc limit 1`,
    [tenantId, row.service_id, EDITABLE_PROGRAMME_STATUSES.join(',')],
  );
  if (!programme) throw new AppError(409, 'programme_missing');
  const title = optionalText(input.title) ?? `${indicator.key} ${indicator.text ?? ''}`.trim().slice(0, 500);
  const measure = await createMeasure({ em, tenantId, userId }, programme.id, {
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
