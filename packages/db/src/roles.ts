import pg from 'pg';

/** The application's role: owns nothing, is no superuser, bypasses no row-level security. */
export const APP_ROLE = 'mera_app';
/** Owns the schema and runs the migrations. */
export const OWNER_ROLE = 'mera_owner';

// Local development and test clusters only (loopback, throw-away); production roles get real secrets.
const LOCAL_PASSWORDS: Record<string, string> = {
  [APP_ROLE]: 'mera-local-app',
  [OWNER_ROLE]: 'mera-local-owner',
};

export function withCredentials(url: string, role: string, database?: string): string {
  const parsed = new URL(url);
  parsed.username = role;
  parsed.password = LOCAL_PASSWORDS[role] ?? '';
  if (database) parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** Runs `work` on one connection to `url`, closed afterwards whatever happens (set-up, tests and the bench). */
export async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * Creates the two roles on a local cluster (needs a superuser or CREATEROLE connection). Idempotent; roles are
 * cluster-wide, so this runs once per server, not per database.
 */
export async function ensureLocalRoles(adminUrl: string): Promise<void> {
  await withClient(adminUrl, async (client) => {
    for (const [role, attributes] of [
      [OWNER_ROLE, 'login nosuperuser nobypassrls nocreaterole'],
      [APP_ROLE, 'login nosuperuser nobypassrls nocreaterole nocreatedb noinherit'],
    ] as const) {
      const found = await client.query('select 1 from pg_roles where rolname = $1', [role]);
      const password = client.escapeLiteral(LOCAL_PASSWORDS[role] ?? '');
      await client.query(
        found.rowCount === 0
          ? `create role ${role} ${attributes} password ${password}`
          : `alter role ${role} ${attributes} password ${password}`,
      );
    }
  });
}

/** Creates `database` owned by the owner role, unless it exists. */
export async function ensureDatabase(
  adminUrl: string,
  database: string,
  template = 'template0',
): Promise<boolean> {
  return withClient(adminUrl, async (client) => {
    const found = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (found.rowCount !== 0) return false;
    await client.query(
      `create database ${client.escapeIdentifier(database)} owner ${OWNER_ROLE} template ${client.escapeIdentifier(template)} encoding 'UTF8'`,
    );
    return true;
  });
}

/**
 * For a database given by DATABASE_URL: migrations grant privileges to `mera_app`, so it must exist. Creates it
 * (without login) when the connection may; otherwise says what to do.
 */
export async function ensureAppRoleExists(url: string): Promise<void> {
  await withClient(url, async (client) => {
    const found = await client.query('select 1 from pg_roles where rolname = $1', [APP_ROLE]);
    if (found.rowCount !== 0) return;
    await client.query(`create role ${APP_ROLE} nologin nosuperuser nobypassrls`).catch(() => {
      throw new Error(
        `the role ${APP_ROLE} does not exist and this connection may not create it: create it as in docs/security.md`,
      );
    });
  });
}
