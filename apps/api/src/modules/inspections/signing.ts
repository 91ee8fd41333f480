// Signing and delivery (art. 33(2), (4)), forwarding to the agency (art. 34), corrections as linked reports.
import type { EntityManager } from '@mera/db';
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
export async function signInspection(em: EntityManager, tenantId: string, userId: string, id: string) {
  const row = await findRow(em, id, tenantId);
  if (row.status === 'signed') throw new AppError(409, 'inspection_signed');
  const [me] = await em.execute<{ signed_at: Date | null }[]>(
    `select signed_at from inspection_inspector where tenant_id = ? and inspection_id = ? and user_id = ?`,
    [tenantId, id, userId],
  );
  if (!me) throw new AppError(403, 'not_an_inspector');
  if (me.signed_at) throw new AppError(409, 'inspection_signed');
  if (row.status !== 'signing') {
    if (!row.completed_on) throw invalid('completedOn', 'required');
    if (!row.facts) throw invalid('facts', 'required');
    const tree = await checklistTree(em, row.catalogue_version_id, row.scope_criteria);
    const findings = await loadAnswers(em, 'inspection', tenantId, id);
    assertComplete(tree, (itemId) => !!findings.get(itemId)?.result);
    await em.execute(
      `update inspection set status = 'signing', version = version + 1, updated_at = now()
       where tenant_id = ? and id = ?`,
      [tenantId, id],
    );
  }
  await em.execute(
    `update inspection_inspector set signed_at = now() where tenant_id = ? and inspection_id = ? and user_id = ?`,
    [tenantId, id, userId],
  );
  const [left] = await em.execute<{ n: number }[]>(
    `select count(*)::int as n from inspection_inspector where tenant_id = ? and inspection_id = ? and signed_at is null`,
    [tenantId, id],
  );
  if ((left?.n ?? 0) === 0) {
    await em.execute(
      `update inspection set status = 'signed', signed_at = now(), mayor_received_on = ?,
         version = version + 1, updated_at = now() where tenant_id = ? and id = ?`,
      [today(), tenantId, id],
    );
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
  em: EntityManager,
  tenantId: string,
  id: string,
  input: { letterNumber: string },
) {
  const detail = await inspectionDetail(em, tenantId, null, id);
  if (detail.viewer !== 'municipality') throw new AppError(404, 'not_found');
  if (detail.status !== 'signed') throw new AppError(409, 'inspection_not_signed');
  if (!detail.needsForwarding) throw new AppError(409, 'nothing_to_forward');
  if (detail.forwardedAt) throw new AppError(409, 'already_forwarded');
  const letterNumber = input.letterNumber.trim();
  if (!letterNumber) throw invalid('letterNumber', 'required');
  const [agency] = await em.execute<{ id: string }[]>(
    `select id from tenant where kind = 'agency' order by created_at limit 1`,
  );
  await em.execute(
    `update inspection set forwarded_at = now(), forwarded_to_tenant_id = ?, forward_letter_number = ?,
       version = version + 1, updated_at = now() where tenant_id = ? and id = ?`,
    [agency?.id ?? null, letterNumber, tenantId, id],
  );
}

/**
 * A signed report never changes; a correction is a new inspection report linked to it, starting from a copy of its
 * findings, attachments and prescriptions, to be signed again.
 */
export async function correctInspection(em: EntityManager, tenantId: string, userId: string, id: string) {
  const row = await findRow(em, id, tenantId);
  if (row.status !== 'signed') throw new AppError(409, 'inspection_not_signed');
  const newId = uuidv7();
  const copy = (columns: string) =>
    em.execute(
      `insert into inspection (tenant_id, id, ${columns}, status, corrects_id, created_by)
       select tenant_id, ?, ${columns}, 'in_progress', id, ? from inspection where tenant_id = ? and id = ?`,
      [newId, userId, tenantId, id],
    );
  await copy(
    `provider_tenant_id, service_id, contract_id, service_name, provider_name, kind, reason, order_number, order_date,
     basis, catalogue_version_id, scope_criteria, place, starts_on, ends_on, report_due_on, completed_on,
     provider_present, users_asked, users_consented, consent_note, facts, other_violations, conclusions`,
  );
  const params = [newId, tenantId, id];
  await em.execute(
    `insert into inspection_inspector (tenant_id, inspection_id, user_id, name, position)
     select tenant_id, ?, user_id, name, position from inspection_inspector where tenant_id = ? and inspection_id = ?`,
    params,
  );
  await em.execute(
    `insert into inspection_finding (tenant_id, inspection_id, item_id, result, value, note, updated_by)
     select tenant_id, ?, item_id, result, value, note, updated_by from inspection_finding where tenant_id = ? and inspection_id = ?`,
    params,
  );
  await em.execute(
    `insert into inspection_attachment (tenant_id, id, inspection_id, item_id, file_id, description, created_by)
     select tenant_id, gen_random_uuid(), ?, item_id, file_id, description, created_by
     from inspection_attachment where tenant_id = ? and inspection_id = ?`,
    params,
  );
  await em.execute(
    `insert into inspection_prescription (tenant_id, id, inspection_id, item_id, text, due_on, done_on)
     select tenant_id, gen_random_uuid(), ?, item_id, text, due_on, done_on
     from inspection_prescription where tenant_id = ? and inspection_id = ?`,
    params,
  );
  return newId;
}
