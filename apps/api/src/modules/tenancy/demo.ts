import {
  AppUser,
  inScope,
  Membership,
  switchTenant,
  Tenant,
  type Orm,
  type Role,
  type TenantKind,
} from '@mera/db';
import { hashPassword } from '../identity/password.ts';

export interface DemoCredential {
  email: string;
  password: string;
  role: Role | 'operator';
  tenant: string;
}

/** The platform operator: creates municipality and agency tenants; a member of none. */
const DEMO_OPERATOR = {
  email: 'operator@mera.example',
  password: 'Demo-Mera-2026!',
  displayName: 'Оператор на Мера',
};

const DEMO_TENANTS: {
  kind: TenantKind;
  legalName: string;
  eik: string;
  address: string;
  contactEmail: string;
}[] = [
  {
    kind: 'provider',
    legalName: 'Сдружение „Демо грижа“',
    eik: '121212121',
    address: 'гр. Монтана, ул. „Примерна“ 1',
    contactEmail: 'office@demo-grizha.example',
  },
  {
    kind: 'municipality',
    legalName: 'Община Демоград',
    eik: '000696327',
    address: 'гр. Демоград, пл. „Централен“ 1',
    contactEmail: 'obshtina@demograd.example',
  },
];

// Demo passwords are printed on start-up: this seed is for a local demo database only.
const DEMO_USERS: (DemoCredential & { displayName: string; role: Role })[] = [
  {
    email: 'admin@demo-grizha.example',
    password: 'Demo-Mera-2026!',
    role: 'admin',
    tenant: '121212121',
    displayName: 'Мария Демова',
  },
  {
    email: 'kachestvo@demo-grizha.example',
    password: 'Demo-Mera-2026!',
    role: 'quality_lead',
    tenant: '121212121',
    displayName: 'Иван Примеров',
  },
  {
    email: 'inspektor@demograd.example',
    password: 'Demo-Mera-2026!',
    role: 'inspector',
    tenant: '000696327',
    displayName: 'Елена Проверкова',
  },
];

/**
 * Seeds one NGO provider, one municipality and their users — only into an empty database, so a second
 * `npm start` keeps whatever the demo user changed. Returns the credentials to print, or [] when it did nothing.
 */
export async function seedDemoIfEmpty(orm: Orm): Promise<DemoCredential[]> {
  return inScope(orm, { tenantId: null, userId: null }, async (tx) => {
    if ((await tx.count(Tenant, {})) > 0) return [];
    const tenants = new Map(DEMO_TENANTS.map((data) => [data.eik, tx.create(Tenant, data)]));
    const people = new Map<string, AppUser>();
    for (const user of DEMO_USERS) {
      const passwordHash = await hashPassword(user.password);
      const fields = {
        email: user.email,
        displayName: user.displayName,
        passwordHash,
        emailVerifiedAt: new Date(),
      };
      people.set(user.email, tx.create(AppUser, fields));
    }
    const { password, ...operator } = DEMO_OPERATOR;
    tx.create(AppUser, {
      ...operator,
      passwordHash: await hashPassword(password),
      emailVerifiedAt: new Date(),
      isOperator: true,
    });
    await tx.flush();
    // Memberships are tenant-owned: each goes in under its own tenant's row-level security.
    for (const [eik, tenant] of tenants) {
      await switchTenant(tx, tenant.id);
      for (const user of DEMO_USERS.filter((u) => u.tenant === eik)) {
        const person = people.get(user.email);
        if (person) tx.create(Membership, { tenantId: tenant.id, userId: person.id, role: user.role });
      }
      await tx.flush();
    }
    const members: DemoCredential[] = DEMO_USERS.map(({ email, password, role, tenant }) => ({
      email,
      password,
      role,
      tenant: tenants.get(tenant)?.legalName ?? tenant,
    }));
    return [
      ...members,
      {
        email: DEMO_OPERATOR.email,
        password: DEMO_OPERATOR.password,
        role: 'operator',
        tenant: 'платформата',
      },
    ];
  });
}
