// What the inspectors record on site (art. 32–33): findings per indicator, attachments, prescriptions.
import { InspectionPrescription, sql, sqlOf } from '@mera/db';
import { uuidv7 } from 'uuidv7';
import { AppError } from '../../shared/problem.ts';
import type { TenantContext } from '../../shared/context.ts';
import { answerIndicator, indicatorOf, loadAnswers, type AnswerBodyInput } from '../checklists/index.ts';
import { storeFile } from '../evidence/index.ts';
import type { ObjectStore } from '../evidence/index.ts';
import { invalid, optionalText } from '../../shared/validation.ts';
import { addDays, isoDate, today } from '@mera/calendar';
import { INSPECTION, assertOpen, findRow } from './inspections.ts';
import { sameTenant } from '../../shared/sql.ts';

/** One indicator's finding, with per-indicator optimistic locking (two inspectors on one tablet each). */
export async function saveFinding(ctx: TenantContext, id: string, input: AnswerBodyInput) {
  const saved = await answerIndicator(ctx, INSPECTION, id, input);
  return { ...saved, findingVersion: saved.version };
}

/** A photo or a copy of a document collected on site (art. 33(3)), stored like evidence files, with the report. */
export async function addAttachment(
  ctx: Pick<TenantContext, 'em' | 'tenantId' | 'userId'>,
  store: ObjectStore | null,
  id: string,
  input: { name: string; itemId?: string | undefined; description?: string | undefined },
  content: Buffer,
) {
  const { em, tenantId, userId } = ctx;
  const row = await findRow(em, id, tenantId);
  assertOpen(row);
  if (input.itemId) await indicatorOf(em, INSPECTION, row, input.itemId, 'query.itemId');
  const file = await storeFile(ctx, input.name, content, store);
  const attachmentId = uuidv7();
  await sqlOf(em)
    .insertInto('inspection_attachment')
    .values({
      tenant_id: tenantId,
      id: attachmentId,
      inspection_id: id,
      item_id: input.itemId ?? null,
      file_id: file.id,
      description: optionalText(input.description) ?? null,
      created_by: userId,
      created_at: sql<string>`now()`,
    })
    .execute();
  await INSPECTION.markStarted(em, row);
  return { id: attachmentId, itemId: input.itemId ?? null, fileId: file.id, name: file.name };
}

export async function removeAttachment(
  { em, tenantId }: Pick<TenantContext, 'em' | 'tenantId'>,
  id: string,
  attachmentId: string,
) {
  const row = await findRow(em, id, tenantId);
  assertOpen(row);
  const db = sqlOf(em);
  const deleted = await db
    .deleteFrom('inspection_attachment')
    .where('tenant_id', '=', tenantId)
    .where('inspection_id', '=', id)
    .where('id', '=', attachmentId)
    .returning('file_id')
    .executeTakeFirst();
  if (!deleted) throw new AppError(404, 'not_found');
  // The file goes too, unless a correction still refers to it.
  await db
    .deleteFrom('stored_file as f')
    .where('f.tenant_id', '=', tenantId)
    .where('f.id', '=', deleted.file_id)
    .where('f.storage', '=', 'database')
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('inspection_attachment as a')
            .select('a.id')
            .whereRef('a.tenant_id', '=', 'f.tenant_id')
            .whereRef('a.file_id', '=', 'f.id'),
        ),
      ),
    )
    .execute();
}

/** An attachment's file, for whoever may read the inspection (row-level security decides). */
export async function attachmentFile(
  { em }: Pick<TenantContext, 'em'>,
  store: ObjectStore | null,
  id: string,
  attachmentId: string,
) {
  const row = await sqlOf(em)
    .selectFrom('inspection_attachment as a')
    .innerJoin('stored_file as f', (join) => sameTenant(join, 'f.id', 'a.file_id'))
    .select(['f.name', 'f.media_type', 'f.content', 'f.storage_key'])
    .where('a.inspection_id', '=', id)
    .where('a.id', '=', attachmentId)
    .executeTakeFirst();
  if (!row) throw new AppError(404, 'not_found');
  if (row.content) return { name: row.name, mediaType: row.media_type, content: row.content };
  if (!store || !row.storage_key) throw new AppError(503, 'storage_unavailable');
  return { name: row.name, mediaType: row.media_type, content: await store.get(row.storage_key) };
}

export async function addPrescription(
  { em, tenantId }: Pick<TenantContext, 'em' | 'tenantId'>,
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
  await sqlOf(em)
    .insertInto('inspection_prescription')
    .values({
      tenant_id: tenantId,
      id: prescriptionId,
      inspection_id: id,
      item_id: input.itemId ?? null,
      text,
      due_on: input.dueOn,
      created_at: sql<string>`now()`,
    })
    .execute();
  return prescriptionId;
}

/** Days a prescription made from an indicator gives by default; the inspectors set their own. */
const PRESCRIPTION_DAYS = 30;

/**
 * From a not-met or partly-met finding, a prescription (art. 33(2)) prefilled from the indicator: what the Ordinance
 * requires, verbatim, with the inspector's note; due in a month unless the inspectors say otherwise.
 */
export async function prescriptionFromIndicator(
  ctx: Pick<TenantContext, 'em' | 'tenantId'>,
  id: string,
  itemId: string,
  input: { text?: string | undefined; dueOn?: string | undefined },
) {
  const { em, tenantId } = ctx;
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
  const prescriptionId = await addPrescription(ctx, id, { text, dueOn, itemId });
  return { id: prescriptionId, text, dueOn };
}

export async function removePrescription(
  { em, tenantId }: Pick<TenantContext, 'em' | 'tenantId'>,
  id: string,
  prescriptionId: string,
) {
  const row = await findRow(em, id, tenantId);
  assertOpen(row);
  const deleted = await em.nativeDelete(InspectionPrescription, {
    tenantId,
    inspectionId: id,
    id: prescriptionId,
  });
  if (deleted === 0) throw new AppError(404, 'not_found');
}

/** The follow-up of a signed report: the municipality records that a prescription was fulfilled. */
export async function prescriptionDone(
  { em, tenantId }: Pick<TenantContext, 'em' | 'tenantId'>,
  id: string,
  prescriptionId: string,
  doneOn: string | null,
) {
  const row = await findRow(em, id, tenantId);
  if (doneOn && doneOn > today()) throw invalid('doneOn', 'not_in_future');
  if (doneOn && doneOn < isoDate(row.order_date)) throw invalid('doneOn', 'not_before_start');
  const updated = await em.nativeUpdate(
    InspectionPrescription,
    { tenantId, inspectionId: id, id: prescriptionId },
    { doneOn },
  );
  if (updated === 0) throw new AppError(404, 'not_found');
}
