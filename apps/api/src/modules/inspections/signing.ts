// Signing and delivery (art. 33(2), (4)), forwarding to the agency (art. 34), corrections as linked reports.
import { sql, sqlOf } from '@mera/db';
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
  await db
    .insertInto('inspection_inspector')
    .columns(['tenant_id', 'inspection_id', 'user_id', 'name', 'position'])
    .expression(
      db
        .selectFrom('inspection_inspector')
        .select((eb) => ['tenant_id', eb.val(newId).as('inspection_id'), 'user_id', 'name', 'position'])
        .where('tenant_id', '=', tenantId)
        .where('inspection_id', '=', id),
    )
    .execute();
  await db
    .insertInto('inspection_finding')
    .columns(['tenant_id', 'inspection_id', 'item_id', 'result', 'value', 'note', 'updated_by', 'updated_at'])
    .expression(
      db
        .selectFrom('inspection_finding')
        .select((eb) => [
          'tenant_id',
          eb.val(newId).as('inspection_id'),
          'item_id',
          'result',
          'value',
          'note',
          'updated_by',
          sql<string>`now()`.as('updated_at'),
        ])
        .where('tenant_id', '=', tenantId)
        .where('inspection_id', '=', id),
    )
    .execute();
  await db
    .insertInto('inspection_attachment')
    .columns([
      'tenant_id',
      'id',
      'inspection_id',
      'item_id',
      'file_id',
      'description',
      'created_by',
      'created_at',
    ])
    .expression(
      db
        .selectFrom('inspection_attachment')
        .select((eb) => [
          'tenant_id',
          eb.fn<string>('gen_random_uuid').as('id'),
          eb.val(newId).as('inspection_id'),
          'item_id',
          'file_id',
          'description',
          'created_by',
          sql<string>`now()`.as('created_at'),
        ])
        .where('tenant_id', '=', tenantId)
        .where('inspection_id', '=', id),
    )
    .execute();
  await db
    .insertInto('inspection_prescription')
    .columns(['tenant_id', 'id', 'inspection_id', 'item_id', 'text', 'due_on', 'done_on', 'created_at'])
    .expression(
      db
        .selectFrom('inspection_prescription')
        .select((eb) => [
          'tenant_id',
          eb.fn<string>('gen_random_uuid').as('id'),
          eb.val(newId).as('inspection_id'),
          'item_id',
          'text',
          'due_on',
          'done_on',
          sql<string>`now()`.as('created_at'),
        ])
        .where('tenant_id', '=', tenantId)
        .where('inspection_id', '=', id),
    )
    .execute();
  return newId;
}
