import type pg from 'pg';

/**
 * The SQL of the done-well baseline: per request one transaction, one `set_config` round for all three session
 * variables (tenant, person, request id — what row-level security and the audit trigger read in Mera), the session
 * and membership checks as one cheap statement, then the work itself as one statement.
 */
export const NO_TENANT = '00000000-0000-0000-0000-000000000000';

export async function inTransaction<T>(
  pool: pg.Pool,
  scope: { tenantId: string | null; userId: string; requestId: string },
  work: (client: pg.PoolClient) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('begin');
    await client.query(
      `select set_config('app.tenant_id', $1, true), set_config('app.user_id', $2, true),
              set_config('app.request_id', $3, true)`,
      [scope.tenantId ?? NO_TENANT, scope.userId, scope.requestId],
    );
    const result = await work(client);
    await client.query('commit');
    return result;
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** The person, whether the token's session is still alive, and their memberships (RLS: `own_memberships`). */
export const ME = `
  select u.id, u.email, u.display_name, u.locale, u.is_operator,
         exists (select 1 from refresh_token r where r.family_id = $2 and r.user_id = u.id and r.revoked_at is null)
           as alive,
         coalesce((select json_agg(json_build_object('membershipId', m.id, 'tenantId', m.tenant_id,
                     'tenantName', t.legal_name, 'tenantKind', t.kind, 'role', m.role))
                   from membership m join tenant t on t.id = m.tenant_id where m.user_id = u.id), '[]') as memberships
  from app_user u where u.id = $1`;

/** Session alive and the person's role in the tenant, in one statement. */
export const ACCESS = `
  select exists (select 1 from refresh_token r where r.family_id = $3 and r.user_id = $2 and r.revoked_at is null)
           as alive,
         (select role from membership where tenant_id = $1 and user_id = $2) as role`;

/** The tenant's members under row-level security (`tenant_isolation` on membership). */
export const MEMBERS = `
  select m.id, m.user_id as "userId", u.display_name as "displayName", u.email, m.role, m.created_at as since
  from membership m join app_user u on u.id = m.user_id
  where m.tenant_id = $1 order by m.created_at`;

/** The bare minimum: one statement, no transaction. */
export const BARE = `select id, email, display_name as "displayName" from app_user where id = $1`;
