import { parseArgs } from 'node:util';
import { AppUser, createOrm, inScope, TENANT_KINDS, type TenantKind } from '@mera/db';
import { loadConfig } from './config.ts';
import { AppError } from './shared/problem.ts';
import { createTenantAsOperator } from './modules/tenancy/index.ts';

const USAGE = `Mera operator commands (DATABASE_URL must point at the database):

  node apps/api/src/cli.ts create-tenant --kind municipality|agency|provider --name "Община Монтана" --eik 000320560 [--admin-email kmet@montana.bg]
      creates the organisation; with --admin-email prints an invitation link for its first administrator
  DATABASE_OWNER_URL=… node apps/api/src/cli.ts grant-operator --email person@example.org
      lets an existing person use the operator API (POST /api/v1/operator/tenants); runs as the schema owner,
      because the application's role may not change who is an operator (docs/security.md → Grants)
`;

async function main(): Promise<number> {
  const [command, ...rest] = process.argv.slice(2);
  const { values } = parseArgs({
    args: rest,
    options: {
      kind: { type: 'string' },
      name: { type: 'string' },
      eik: { type: 'string' },
      'admin-email': { type: 'string' },
      email: { type: 'string' },
    },
  });
  if (command !== 'create-tenant' && command !== 'grant-operator') {
    process.stdout.write(USAGE);
    return command ? 1 : 0;
  }
  const config = loadConfig();
  const ownerUrl = process.env['DATABASE_OWNER_URL'];
  if (command === 'grant-operator' && !ownerUrl)
    throw new Error('grant-operator runs as the schema owner: set DATABASE_OWNER_URL');
  const orm = await createOrm({
    url: command === 'grant-operator' && ownerUrl ? ownerUrl : config.DATABASE_URL,
    poolSize: 1,
  });
  try {
    if (command === 'grant-operator') {
      const email = values.email?.trim().toLowerCase();
      if (!email) throw new Error('--email is required');
      const updated = await inScope(orm, { tenantId: null, userId: null }, (em) =>
        em.nativeUpdate(AppUser, { email }, { isOperator: true }),
      );
      if (updated === 0) throw new Error(`no account with the e-mail ${email}`);
      process.stdout.write(`${email} is now a platform operator\n`);
      return 0;
    }
    const kind = values.kind as TenantKind | undefined;
    if (!kind || !(TENANT_KINDS as readonly string[]).includes(kind))
      throw new Error(`--kind must be one of ${TENANT_KINDS.join(', ')}`);
    if (!values.name || !values.eik) throw new Error('--name and --eik are required');
    const input = {
      kind,
      legalName: values.name,
      eik: values.eik,
      ...(values['admin-email'] ? { adminEmail: values['admin-email'] } : {}),
    };
    const result = await inScope(orm, { tenantId: null, userId: null }, (em) =>
      createTenantAsOperator(em, { config }, input, null),
    );
    process.stdout.write(
      `created ${result.tenant.kind} "${result.tenant.legalName}" (${result.tenant.id})\n`,
    );
    if (result.link)
      process.stdout.write(`invitation for its administrator (valid 7 days):\n${result.link}\n`);
    return 0;
  } finally {
    await orm.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const fields =
      error instanceof AppError
        ? error.fields.map((f) => `${f.field.replace('body.', '--')}: ${f.rule}`).join(', ')
        : '';
    process.stderr.write(
      `${error instanceof Error ? error.message : String(error)}${fields ? ` (${fields})` : ''}\n`,
    );
    process.exit(1);
  },
);
