import {
  AppUser,
  CommissioningContract,
  inScope,
  Service,
  Membership,
  switchTenant,
  Tenant,
  type Role,
  type TenantKind,
} from '@mera/db';
import type { FastifyInstance } from 'fastify';
import { hashPassword } from '../modules/identity/index.ts';
import { addDays, today } from '@mera/calendar';
import { logIn } from './api.ts';
import { seedChecks, seedMeetings, seedSurveys, type DemoWorld } from './history.ts';
import { seedMunicipalService, seedRegisters } from './registers.ts';
import { runDailyReminders } from '../modules/deadlines/index.ts';
import { seedInspections, seedMonitoring, seedProgramme, seedReports } from './documents.ts';

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
    email: 'admin@demograd.example',
    password: 'Demo-Mera-2026!',
    role: 'admin',
    tenant: '000696327',
    displayName: 'Стефан Кметов',
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
 * The demo NGO's services, like the real quality system in seeds/000: each is seeded only when its plugin is
 * installed (the core knows no plugin by name; this is demo data). The first is commissioned by the municipality.
 */
const DEMO_SERVICES = [
  {
    name: 'Информиране и консултиране – Монтана',
    pluginCode: 'ik',
    variantKey: 'specialised',
    capacity: 30,
    currentUsers: 24,
  },
  {
    name: 'Общодостъпно информиране и консултиране',
    pluginCode: 'ik',
    variantKey: 'general-access',
    capacity: 40,
    currentUsers: 35,
  },
  {
    name: 'Застъпничество и посредничество',
    pluginCode: 'zp',
    variantKey: 'specialised',
    capacity: 25,
    currentUsers: 18,
  },
  {
    name: 'Терапия и рехабилитация',
    pluginCode: 'tr',
    variantKey: 'specialised',
    capacity: 20,
    currentUsers: 22,
  },
  {
    name: 'Обучение за придобиване на умения',
    pluginCode: 'opu',
    variantKey: 'specialised',
    capacity: 35,
    currentUsers: 20,
  },
  {
    name: 'Мобилна превантивна общностна работа',
    pluginCode: 'mpor',
    variantKey: 'community',
    capacity: null,
    currentUsers: 60,
  },
] as const;

/** When the demo organisations came to Mera: before the year of history, so none of it predates them. */
const JOINED_DAYS_AGO = 400;

/**
 * Seeds one NGO provider, one municipality and their users — only into an empty database, so a second
 * `npm start` keeps whatever the demo user changed — then a year of their work through the API's own routes.
 * The app must have synced the catalogue (it does on start): checks and inspections are made against it.
 * Returns the credentials to print, or [] when it did nothing.
 */
export async function seedDemoIfEmpty(app: FastifyInstance): Promise<DemoCredential[]> {
  const installed = app.servicePlugins;
  const demoServices = DEMO_SERVICES.filter((service) =>
    installed.some(
      (plugin) =>
        plugin.code === service.pluginCode && plugin.variants.some((v) => v.key === service.variantKey),
    ),
  );
  const day = today();
  const seeded = await inScope(app.orm, { tenantId: null, userId: null }, async (tx) => {
    if ((await tx.count(Tenant, {})) > 0) return null;
    const joined = new Date(`${addDays(day, -JOINED_DAYS_AGO)}T09:00:00Z`);
    const tenants = new Map(
      DEMO_TENANTS.map((data) => [data.eik, tx.create(Tenant, { ...data, createdAt: joined })]),
    );
    const people = new Map<string, AppUser>();
    // Every demo account has the same password: hashed once (each hash is deliberately slow).
    const hashes = new Map<string, string>();
    for (const user of DEMO_USERS) {
      const passwordHash = hashes.get(user.password) ?? (await hashPassword(user.password));
      hashes.set(user.password, passwordHash);
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
      passwordHash: hashes.get(password) ?? (await hashPassword(password)),
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
    const provider = tenants.get('121212121');
    const municipality = tenants.get('000696327');
    const id = (email: string) => people.get(email)?.id ?? '';
    const made = { tenants, world: null as DemoWorld | null };
    if (!provider || !municipality || !demoServices.length) return made;
    await switchTenant(tx, provider.id);
    const services = demoServices.map((service) =>
      tx.create(Service, {
        tenantId: provider.id,
        ...service,
        address: 'гр. Монтана, ул. „Примерна“ 1',
        municipality: 'Монтана',
        financing: 'state_delegated',
        startedOn: '2023-01-01',
      }),
    );
    await tx.flush();
    // The municipality commissions the first service; the provider accepts (each side under its own scope).
    await switchTenant(tx, municipality.id);
    const contract = tx.create(CommissioningContract, {
      tenantId: municipality.id,
      providerTenantId: provider.id,
      serviceId: services[0]?.id ?? null,
      basis: 'Договор № 1 от 02.01.2025 г.',
      startsOn: '2025-01-01',
      endsOn: '2028-12-31',
    });
    await tx.flush();
    await switchTenant(tx, provider.id);
    contract.status = 'active';
    contract.decidedAt = joined;
    await tx.flush();
    made.world = {
      providerId: provider.id,
      municipalityId: municipality.id,
      contractId: contract.id,
      services: services.map((s) => ({
        id: s.id,
        name: s.name,
        pluginCode: s.pluginCode,
        variantKey: s.variantKey,
      })),
      people: {
        providerAdmin: id('admin@demo-grizha.example'),
        qualityLead: id('kachestvo@demo-grizha.example'),
        municipalAdmin: id('admin@demograd.example'),
        inspector: id('inspektor@demograd.example'),
      },
      today: day,
    };
    return made;
  });
  if (!seeded) return [];
  // The year's work, as the people would have done it — when there is a catalogue to work against.
  if (seeded.world && (await app.catalogueSync.ensure())) await seedHistory(app, seeded.world);
  const members: DemoCredential[] = DEMO_USERS.map(({ email, password, role, tenant }) => ({
    email,
    password,
    role,
    tenant: seeded.tenants.get(tenant)?.legalName ?? tenant,
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
}

async function seedHistory(app: FastifyInstance, world: DemoWorld): Promise<void> {
  const as = (email: string) => {
    const user = DEMO_USERS.find((u) => u.email === email);
    return logIn(app, email, user?.password ?? '');
  };
  const admin = await as('admin@demo-grizha.example');
  const lead = await as('kachestvo@demo-grizha.example');
  const mayor = await as('admin@demograd.example');
  const inspector = await as('inspektor@demograd.example');
  await seedRegisters(world, admin);
  await seedMeetings(world, lead);
  await seedChecks(world, lead);
  await seedSurveys(app, world, lead);
  await seedProgramme(world, lead);
  await seedReports(world, lead);
  await seedInspections(world, mayor, inspector);
  await seedMonitoring(world, mayor);
  await seedMunicipalService(world, mayor, app.servicePlugins);
  // Today's reminders, as the daily job makes them (the seed's app runs no jobs); their e-mail is not sent.
  await runDailyReminders(app.orm, async () => undefined, new Date(), app.jurisdiction?.staffNorms ?? null);
}
