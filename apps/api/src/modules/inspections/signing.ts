// Signing and delivery (art. 33(2), (4)), forwarding to the agency (art. 34), corrections as linked reports.
import { sql, sqlOf, type Database } from '@mera/db';
import type { Kysely } from 'kysely';
import type { TenantContext } from '../../shared/context.ts';
import { uuidv7 } from 'uuidv7';
import { AppError } from '../../shared/problem.ts';
import { assertComplete, checklistTree, loadAnswers } from '../checklists/index.ts';
import { invalid } from '../../shared/validation.ts';
import { today } from '@mera/calendar';
import { findRow, inspectionDetail } from './inspections.ts';
import { publishNotice } from '../notices/index.ts';

/**
 * An inspector signs the report for themselves. The first signature freezes the report (database guards); the last
 * one delivers it — to the mayor, in the municipality's Mera, and to the provider (art. 33(4)).
 */
export async function signInspection(ctx: Pick<TenantContext, 'em' | 'tenantId' | 'userId'>, id: string) {
  const { em, tenantId, userId } = ctx;
  const db = sqlOf(em);
  const row = await findRow(em, id, tenantId);
  if (row.status === 'signed') throw new AppError(409, 'inspection_signed');
  const me = await db
    .selectFrom('inspection_inspector')
    .select('signed_at')
    .where('tenant_id', '=', tenantId)
    .where('inspection_id', '=', id)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  if (!me) throw new AppError(403, 'not_an_inspector');
  if (me.signed_at) throw new AppError(409, 'inspection_signed');
  if (row.status !== 'signing') {
    if (!row.completed_on) throw invalid('completedOn', 'required');
    if (!row.facts) throw invalid('facts', 'required');
    const tree = await checklistTree(em, row.catalogue_version_id, row.scope_criteria);
    const findings = await loadAnswers(em, 'inspection', tenantId, id);
    assertComplete(tree, (itemId) => !!findings.get(itemId)?.result);
    await db
      .updateTable('inspection')
      .set((eb) => ({ status: 'signing', version: eb('version', '+', 1), updated_at: sql<string>`now()` }))
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .execute();
  }
  await db
    .updateTable('inspection_inspector')
    .set({ signed_at: sql<string>`now()` })
    .where('tenant_id', '=', tenantId)
    .where('inspection_id', '=', id)
    .where('user_id', '=', userId)
    .execute();
  const left = await db
    .selectFrom('inspection_inspector')
    .select((eb) => eb.cast<number>(eb.fn.countAll(), 'integer').as('n'))
    .where('tenant_id', '=', tenantId)
    .where('inspection_id', '=', id)
    .where('signed_at', 'is', null)
    .executeTakeFirst();
  if ((left?.n ?? 0) === 0) {
    await db
      .updateTable('inspection')
      .set((eb) => ({
        status: 'signed',
        signed_at: sql<string>`now()`,
        mayor_received_on: today(),
        version: eb('version', '+', 1),
        updated_at: sql<string>`now()`,
      }))
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .execute();
    // The last signature makes the report: the provider reads it from now on and answers its prescriptions (art. 33).
    await publishNotice(
      em,
      { tenantId, userId },
      {
        event: 'inspection_signed',
        recipientTenantId: row.provider_tenant_id,
        target: { type: 'inspection', id },
        subject: row.service_name,
        serviceId: row.service_id,
      },
    );
  }
}

/**
 * Art. 34: a report with non-conformities (or other violations) goes to the agency with its documents. When the
 * agency works in Mera, it reads the report, its findings and attachments from then on (row-level security:
 * `forwarded_read`); the letter is produced either way.
 */
export async function forwardInspection(
  ctx: Pick<TenantContext, 'em' | 'tenantId'>,
  id: string,
  input: { letterNumber: string },
) {
  const { em, tenantId } = ctx;
  const detail = await inspectionDetail({ em, tenantId, userId: null }, id);
  if (detail.viewer !== 'municipality') throw new AppError(404, 'not_found');
  if (detail.status !== 'signed') throw new AppError(409, 'inspection_not_signed');
  if (!detail.needsForwarding) throw new AppError(409, 'nothing_to_forward');
  if (detail.forwardedAt) throw new AppError(409, 'already_forwarded');
  const letterNumber = input.letterNumber.trim();
  if (!letterNumber) throw invalid('letterNumber', 'required');
  const db = sqlOf(em);
  const agency = await db
    .selectFrom('tenant')
    .select('id')
    .where('kind', '=', 'agency')
    .orderBy('created_at')
    .limit(1)
    .executeTakeFirst();
  await db
    .updateTable('inspection')
    .set((eb) => ({
      forwarded_at: sql<string>`now()`,
      forwarded_to_tenant_id: agency?.id ?? null,
      forward_letter_number: letterNumber,
      version: eb('version', '+', 1),
      updated_at: sql<string>`now()`,
    }))
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .execute();
}

/**
 * A signed report never changes; a correction is a new inspection report linked to it, starting from a copy of its
 * findings, attachments and prescriptions, to be signed again.
 */
export async function correctInspection(ctx: Pick<TenantContext, 'em' | 'tenantId' | 'userId'>, id: string) {
  const { em, tenantId } = ctx;
  const row = await findRow(em, id, tenantId);
  if (row.status !== 'signed') throw new AppError(409, 'inspection_not_signed');
  const newId = uuidv7();
  const db = sqlOf(em);
  // The order and the report's texts as they were; the new report is in progress and names what it corrects.
  const copied = [
    'provider_tenant_id',
    'service_id',
    'contract_id',
    'service_name',
    'provider_name',
    'kind',
    'reason',
    'order_number',
    'order_date',
    'basis',
    'catalogue_version_id',
    'scope_criteria',
    'place',
    'starts_on',
    'ends_on',
    'report_due_on',
    'completed_on',
    'provider_present',
    'users_asked',
    'users_consented',
    'consent_note',
    'facts',
    'other_violations',
    'conclusions',
  ] as const;
  await db
    .insertInto('inspection')
    .columns([
      'tenant_id',
      'id',
      ...copied,
      'status',
      'corrects_id',
      'created_by',
      'created_at',
      'updated_at',
    ])
    .expression(
      db
        .selectFrom('inspection')
        .select((eb) => [
          'tenant_id',
          eb.val(newId).as('id'),
          ...copied,
          eb.val('in_progress').as('status'),
          'id as corrects_id',
          eb.val(ctx.userId).as('created_by'),
          sql<string>`now()`.as('created_at'),
          sql<string>`now()`.as('updated_at'),
        ])
        .where('tenant_id', '=', tenantId)
        .where('id', '=', id),
    )
    .execute();
  // Its inspectors, findings, attachments and prescriptions, each row onto the correction.
  const copy = { tenantId, id, newId };
  await copyToCorrection(db, copy, 'inspection_inspector', ['user_id', 'name', 'position']);
  await copyToCorrection(
    db,
    copy,
    'inspection_finding',
    ['item_id', 'result', 'value', 'note', 'updated_by'],
    {
      stamp: 'updated_at',
    },
  );
  await copyToCorrection(
    db,
    copy,
    'inspection_attachment',
    ['item_id', 'file_id', 'description', 'created_by'],
    {
      ownId: true,
      stamp: 'created_at',
    },
  );
  await copyToCorrection(db, copy, 'inspection_prescription', ['item_id', 'text', 'due_on', 'done_on'], {
    ownId: true,
    stamp: 'created_at',
  });
  return newId;
}

/** The tables of an inspection's own rows, keyed by `(tenant_id, inspection_id, …)`. */
type InspectionRows =
  'inspection_inspector' | 'inspection_finding' | 'inspection_attachment' | 'inspection_prescription';

/**
 * Copies a signed inspection's rows of one table onto its correction in one `insert … select`: the columns named as
 * they are, the correction's id, a new id of their own where the table keys rows by one (`ownId`), and the time of
 * copying in `stamp`. The columns are checked by the compiler against the table.
 */
async function copyToCorrection<T extends InspectionRows>(
  db: Kysely<Database>,
  { tenantId, id, newId }: { tenantId: string; id: string; newId: string },
  table: T,
  columns: readonly (keyof Database[T] & string)[],
  { ownId = false, stamp }: { ownId?: boolean; stamp?: 'created_at' | 'updated_at' } = {},
) {
  // One statement serves the four tables; Kysely cannot type the columns of a table chosen by a type parameter.
  const rows = db as unknown as Kysely<Record<string, Record<string, unknown>>>;
  await rows
    .insertInto(table as string)
    .columns(['tenant_id', ...(ownId ? ['id'] : []), 'inspection_id', ...columns, ...(stamp ? [stamp] : [])])
    .expression(
      rows
        .selectFrom(table as string)
        .select((eb) => [
          'tenant_id',
          ...(ownId ? [eb.fn<string>('gen_random_uuid').as('id')] : []),
          eb.val(newId).as('inspection_id'),
          ...columns,
          ...(stamp ? [sql<string>`now()`.as(stamp)] : []),
        ])
        .where('tenant_id', '=', tenantId)
        .where('inspection_id', '=', id),
    )
    .execute();
}
