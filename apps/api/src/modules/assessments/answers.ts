import type { EntityManager } from '@mera/db';
import type { IndicatorResult } from '@mera/plugin-sdk';
import { AppError } from '../../shared/problem.ts';

/**
 * One indicator's answer — a provider's check result (`assessment_result`) or an inspector's finding
 * (`inspection_finding`), the same columns in both — saved with its own version: `version` 0 inserts, otherwise the
 * row is updated only if nobody saved it meanwhile. Two people on different indicators never collide; on the same
 * one the second is told who saved first (409 `result_conflict`) instead of overwriting.
 */
const TABLES = {
  assessment: { table: 'assessment_result', parent: 'assessment_id' },
  inspection: { table: 'inspection_finding', parent: 'inspection_id' },
} as const;

export async function saveAnswer(
  em: EntityManager,
  of: keyof typeof TABLES,
  key: { tenantId: string; parentId: string; itemId: string },
  answer: { result: IndicatorResult | null; note: string | null; userId: string; version: number },
): Promise<number> {
  const { table, parent } = TABLES[of];
  const saved =
    answer.version === 0
      ? await em.execute<{ version: number }[]>(
          `insert into ${table} (tenant_id, ${parent}, item_id, result, note, updated_by)
           values (?, ?, ?, ?, ?, ?) on conflict do nothing returning version`,
          [key.tenantId, key.parentId, key.itemId, answer.result, answer.note, answer.userId],
        )
      : await em.execute<{ version: number }[]>(
          `update ${table} set result = ?, note = ?, updated_by = ?, updated_at = now(), version = version + 1
           where tenant_id = ? and ${parent} = ? and item_id = ? and version = ? returning version`,
          [answer.result, answer.note, answer.userId, key.tenantId, key.parentId, key.itemId, answer.version],
        );
  if (saved[0]) return saved[0].version;
  const [current] = await em.execute<{ name: string | null; result: string | null; version: number }[]>(
    `select u.display_name as name, a.result, a.version from ${table} a left join app_user u on u.id = a.updated_by
     where a.tenant_id = ? and a.${parent} = ? and a.item_id = ?`,
    [key.tenantId, key.parentId, key.itemId],
  );
  throw new AppError(409, 'result_conflict', {
    fields: [{ field: 'body.version', rule: 'stale' }],
    params: { name: current?.name ?? '—', result: current?.result ?? '—', version: current?.version ?? 0 },
  });
}
