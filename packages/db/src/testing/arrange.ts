// Rows the database tests arrange as the superuser (row-level security off), before attacking as the application.
import type pg from 'pg';

/** Tenants as the superuser arranges them: `[id, kind, legal name, ЕИК]`, in one statement. */
export async function insertTenants(
  admin: pg.Client,
  tenants: [id: string, kind: 'provider' | 'municipality', legalName: string, eik: string][],
): Promise<void> {
  const rows = tenants.map((_, i) => `($${i * 4 + 1}, $${i * 4 + 2}, $${i * 4 + 3}, $${i * 4 + 4})`);
  await admin.query(
    `insert into tenant (id, kind, legal_name, eik) values ${rows.join(', ')}`,
    tenants.flat(),
  );
}

/** A person (password hash `x`: nobody logs in) and, given a tenant, their membership with `role`. */
export async function insertPerson(
  admin: pg.Client,
  person: { id: string; email: string; displayName: string },
  membership?: { tenantId: string; role: string; id: string },
): Promise<void> {
  await admin.query(
    `insert into app_user (id, email, display_name, password_hash) values ($1, $2, $3, 'x')`,
    [person.id, person.email, person.displayName],
  );
  if (membership)
    await admin.query(`insert into membership (tenant_id, id, user_id, role) values ($1, $2, $3, $4)`, [
      membership.tenantId,
      membership.id,
      person.id,
      membership.role,
    ]);
}
