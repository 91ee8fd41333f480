import { sql, type Database } from '@mera/db';
import type { Kysely } from 'kysely';

/**
 * How many team meetings and meetings with the head (art. 24(1) 3–4) the tenant held, as the quality-system document
 * and the reports count them; the caller narrows the days (and the service).
 */
export function meetingsHeld(db: Kysely<Database>, tenantId: string) {
  return db
    .selectFrom('meeting')
    .select([
      sql<string>`count(*) filter (where kind = 'team')`.as('team'),
      sql<string>`count(*) filter (where kind = 'with_head')`.as('with_head'),
    ])
    .where('tenant_id', '=', tenantId);
}
