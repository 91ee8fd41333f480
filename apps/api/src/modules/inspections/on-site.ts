// What the inspectors record on site (art. 32–33): findings per indicator, attachments, prescriptions.
import type { EntityManager } from '@mera/db';
import { uuidv7 } from 'uuidv7';
import { AppError } from '../../shared/problem.ts';
import type { TenantContext } from '../../shared/context.ts';
import { answerIndicator, indicatorOf, loadAnswers, type AnswerBodyInput } from '../checklists/index.ts';
import { storeFile } from '../evidence/index.ts';
import type { ObjectStore } from '../evidence/index.ts';
import { invalid, optionalText } from '../../shared/validation.ts';
import { addDays, isoDate, today } from '@mera/calendar';
import { INSPECTION, assertOpen, findRow } from './inspections.ts';

/** One indicator's finding, with per-indicator optimistic locking (two inspectors on one tablet each). */
export async function saveFinding(ctx: TenantContext, id: string, input: AnswerBodyInput) {
  const saved = await answerIndicator(ctx, INSPECTION, id, input);
  return { ...saved, findingVersion: saved.version };
}

/** A photo or a copy of a document collected on site (art. 33(3)), stored like evidence files, with the report. */
export async function addAttachment(
  em: EntityManager,
  store: ObjectStore | null,
  tenantId: string,
  userId: string,
  id: string,
  input: { name: string; itemId?: string | undefined; description?: string | undefined },
  content: Buffer,
) {
  const row = await findRow(em, id, tenantId);
  assertOpen(row);
  if (input.itemId) await indicatorOf(em, INSPECTION, row, input.itemId, 'query.itemId');
  const file = await storeFile(em, tenantId, userId, input.name, content, store);
  const attachmentId = uuidv7();
  await em.execute(
    `insert into inspection_attachment (tenant_id, id, inspection_id, item_id, file_id, description, created_by)
     values (?, ?, ?, ?, ?, ?, ?)`,
    [
      tenantId,
      attachmentId,
      id,
      input.itemId ?? null,
      file.id,
      optionalText(input.description) ?? null,
      userId,
    ],
  );
  await INSPECTION.markStarted(em, row);
  return { id: attachmentId, itemId: input.itemId ?? null, fileId: file.id, name: file.name };
}

export async function removeAttachment(
  em: EntityManager,
  tenantId: string,
  id: string,
  attachmentId: string,
) {
  const row = await findRow(em, id, tenantId);
  assertOpen(row);
  const deleted = await em.execute<{ file_id: string }[]>(
    `delete from inspection_attachment where tenant_id = ? and inspection_id = ? and id = ? returning file_id`,
    [tenantId, id, attachmentId],
  );
  if (!deleted[0]) throw new AppError(404, 'not_found');
  // The file goes too, unless a correction still refers to it.
  await em.execute(
    `delete from stored_file f where f.tenant_id = ? and f.id = ? and storage = 'database'
       and not exists (select 1 from inspection_attachment a where a.tenant_id = f.tenant_id and a.file_id = f.id)`,
    [tenantId, deleted[0].file_id],
  );
}

/** An attachment's file, for whoever may read the inspection (row-level security decides). */
export async function attachmentFile(
  em: EntityManager,
  store: ObjectStore | null,
  id: string,
  attachmentId: string,
) {
  const rows = await em.execute<
    { name: string; media_type: string; content: Buffer | null; storage_key: string | null }[]
  >(
    `select f.name, f.media_type, f.content, f.storage_key from inspection_attachment a
     join stored_file f on f.tenant_id = a.tenant_id and f.id = a.file_id
     where a.inspection_id = ? and a.id = ?`,
    [id, attachmentId],
  );
  const row = rows[0];
  if (!row) throw new AppError(404, 'not_found');
  if (row.content) return { name: row.name, mediaType: row.media_type, content: row.content };
  if (!store || !row.storage_key) throw new AppError(503, 'storage_unavailable');
  return { name: row.name, mediaType: row.media_type, content: await store.get(row.storage_key) };
}

export async function addPrescription(
  em: EntityManager,
  tenantId: string,
  id: string,
  input: { text: string; dueOn: string; itemId?: string | null | undefined },
) {
  const row = await findRow(em, id, tenantId);
  assertOpen(row);
  const text = input.text.trim();
  if (!text) throw invalid('text', 'required');
  if (input.dueOn < isoDate(row.starts_on)) throw invalid('dueOn', 'not_before_start');
  if (input.itemId) await indicatorOf(em, INSPECTION, row, input.itemId);
  const prescriptionId = uuidv7();
  await em.execute(
    `insert into inspection_prescription (tenant_id, id, inspection_id, item_id, text, due_on) values (?, ?, ?, ?, ?, ?)`,
    [tenantId, prescriptionId, id, input.itemId ?? null, text, input.dueOn],
  );
  return prescriptionId;
}

/** Days a prescription made from an indicator gives by default; the inspectors set their own. */
const PRESCRIPTION_DAYS = 30;

/**
 * From a not-met or partly-met finding, a prescription (art. 33(2)) prefilled from the indicator: what the Ordinance
 * requires, verbatim, with the inspector's note; due in a month unless the inspectors say otherwise.
 */
export async function prescriptionFromIndicator(
  em: EntityManager,
  tenantId: string,
  id: string,
  itemId: string,
  input: { text?: string | undefined; dueOn?: string | undefined },
) {
  const row = await findRow(em, id, tenantId);
  assertOpen(row);
  const indicator = await indicatorOf(em, INSPECTION, row, itemId);
  const finding = (await loadAnswers(em, 'inspection', tenantId, id)).get(itemId);
  if (finding?.result !== 'not_met' && finding?.result !== 'partly_met')
    throw new AppError(409, 'indicator_met');
  const prefilled =
    `Да се осигури изпълнението на индикатор ${indicator.key}: ${indicator.text ?? ''}`.trim();
  const text = (optionalText(input.text) ?? prefilled).slice(0, 2000);
  const dueOn =
    input.dueOn ??
    addDays(today() > isoDate(row.starts_on) ? today() : isoDate(row.starts_on), PRESCRIPTION_DAYS);
  const prescriptionId = await addPrescription(em, tenantId, id, { text, dueOn, itemId });
  return { id: prescriptionId, text, dueOn };
}

export async function removePrescription(
  em: EntityManager,
  tenantId: string,
  id: string,
  prescriptionId: string,
) {
  const row = await findRow(em, id, tenantId);
  assertOpen(row);
  const deleted = await em.execute<{ id: string }[]>(
    `delete from inspection_prescription where tenant_id = ? and inspection_id = ? and id = ? returning id`,
    [tenantId, id, prescriptionId],
  );
  if (!deleted[0]) throw new AppError(404, 'not_found');
}

/** The follow-up of a signed report: the municipality records that a prescription was fulfilled. */
export async function prescriptionDone(
  em: EntityManager,
  tenantId: string,
  id: string,
  prescriptionId: string,
  doneOn: string | null,
) {
  const row = await findRow(em, id, tenantId);
  if (doneOn && doneOn > today()) throw invalid('doneOn', 'not_in_future');
  if (doneOn && doneOn < isoDate(row.order_date)) throw invalid('doneOn', 'not_before_start');
  const updated = await em.execute<{ id: string }[]>(
    `update inspection_prescription set done_on = ? where tenant_id = ? and inspection_id = ? and id = ? returning id`,
    [doneOn, tenantId, id, prescriptionId],
  );
  if (!updated[0]) throw new AppError(404, 'not_found');
}
