import { addDays, quartersBetween } from '@mera/calendar';
import { inParallel, type Call } from './api.ts';
import type { DemoWorld } from './history.ts';

/** Invented names of employees: two a service, one of them new to social services. */
const PEOPLE = [
  ['Елена Примерова', 'Петър Демов'],
  ['Калина Тестова', 'Георги Образцов'],
  ['Надежда Пробна', 'Стоян Макетов'],
  ['Виолета Моделова', 'Борис Шаблонов'],
  ['Радка Учебна', 'Тодор Демонстров'],
  ['Цветана Опитна', 'Никола Начев'],
] as const;

/**
 * The registers a provider keeps (art. 21, section Б of the annexes): the disaster plan in the document register
 * (offered as evidence wherever an indicator cites it), and for every service a staff position with two people and
 * the group supervision of each quarter.
 */
export async function seedRegisters(world: DemoWorld, admin: Call): Promise<void> {
  await admin('POST', `/tenants/${world.providerId}/documents`, {
    kind: 'plan',
    title: 'План за защита при бедствия и аварии',
    versionLabel: '2',
    approvedOn: addDays(world.today, -330),
    nextReviewOn: addDays(world.today, 35),
    sources: ['План за защита при бедствия и аварии'],
  });
  const quarters = quartersBetween(addDays(world.today, -92 * 4), world.today).slice(-5);
  await inParallel([...world.services.entries()], async ([s, service]) => {
    const position = await admin<{ id: string }>('POST', `/tenants/${world.providerId}/staff/positions`, {
      serviceId: service.id,
      title: 'Социален работник',
      category: 'core',
      plannedFte: 2,
    });
    for (const [i, fullName] of (PEOPLE[s % PEOPLE.length] ?? []).entries())
      await admin('POST', `/tenants/${world.providerId}/staff/members`, {
        serviceId: service.id,
        positionId: position.id,
        fullName,
        employmentType: 'labour_contract',
        startedOn: i === 0 ? '2023-01-09' : addDays(world.today, -500),
        newToSocialServices: i === 1,
      });
    for (const quarter of quarters) {
      const heldOn = addDays(quarter.start, 20);
      if (heldOn >= world.today) continue;
      await admin('POST', `/tenants/${world.providerId}/staff/supervisions`, {
        serviceId: service.id,
        kind: 'group',
        heldOn,
        hours: 3,
        supervisor: 'Д-р Мария Супервизорова',
        supervisorExternal: true,
        participantsCount: 2,
      });
    }
  });
}

/**
 * The municipality runs a service of its own too, as many do (a delegated day centre): registered this month, so it
 * has nothing overdue yet — only when the plugin for it is installed (the core names no plugin; this is demo data).
 */
export async function seedMunicipalService(
  world: DemoWorld,
  mayor: Call,
  installed: { code: string; variants: { key: string }[] }[],
): Promise<void> {
  const plugin = installed.find((p) => p.code === 'dg' && p.variants.some((v) => v.key === 'disabilities'));
  if (!plugin) return;
  await mayor('POST', `/tenants/${world.municipalityId}/services`, {
    name: 'Дневен център за пълнолетни лица с увреждания – Демоград',
    pluginCode: 'dg',
    variantKey: 'disabilities',
    capacity: 20,
    currentUsers: 16,
    startedOn: `${world.today.slice(0, 8)}01`,
  });
}
