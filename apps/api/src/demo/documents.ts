import { addDays, yearOf } from '@mera/calendar';
import { criteriaOf, type Call, type CatalogueNode } from './api.ts';
import type { DemoWorld } from './history.ts';

interface Versioned {
  id: string;
  version: number;
}

/**
 * The quality programme for the year (art. 19) for the commissioned service, with measures in each state, submitted
 * to the municipality — which has not decided yet, so its home has a document waiting for a decision.
 */
export async function seedProgramme(world: DemoWorld, lead: Call): Promise<void> {
  const service = world.services[0];
  if (!service) return;
  // A year that began half a year ago: measures behind and ahead of today both fall in it.
  const periodStart = addDays(world.today, -180);
  const periodEnd = addDays(periodStart, 364);
  const base = `/tenants/${world.providerId}/programmes`;
  const programme = await lead<Versioned>('POST', base, {
    title: `Програма за качество ${yearOf(periodStart)}–${yearOf(periodEnd)}`,
    serviceId: service.id,
    periodStart,
    periodEnd,
  });
  const measures: [number, string, string, 'done' | 'in_progress' | null][] = [
    [1, 'Въвеждащо обучение за новите служители', addDays(world.today, -60), 'done'],
    [3, 'Обновяване на индивидуалните планове за подкрепа', addDays(world.today, 20), 'in_progress'],
    [5, 'Годишна супервизия на екипа', addDays(world.today, 45), null],
    [8, 'Анкета за удовлетвореността на потребителите', addDays(world.today, 75), null],
  ];
  for (const [category, title, deadline, status] of measures) {
    const measure = await lead<Versioned>('POST', `${base}/${programme.id}/measures`, {
      category,
      title,
      responsibleUserId: world.people.qualityLead,
      deadline,
    });
    if (status)
      await lead('POST', `${base}/${programme.id}/measures/${measure.id}/progress`, {
        version: measure.version,
        status,
        progressNote:
          status === 'done' ? 'Проведено с всички нови служители.' : 'Половината планове са обновени.',
        ...(status === 'done' ? { completedOn: addDays(world.today, -62) } : {}),
      });
  }
  const current = await lead<Versioned>('GET', `${base}/${programme.id}`);
  await lead('POST', `${base}/${programme.id}/submission`, { version: current.version });
}

/** Last half-year's analysis and last year's annual report (art. 25–26), written and submitted. */
export async function seedReports(world: DemoWorld, lead: Call): Promise<void> {
  const service = world.services[0];
  if (!service) return;
  const year = yearOf(world.today);
  const base = `/tenants/${world.providerId}/reports`;
  const wanted = [
    {
      kind: 'semi_annual_analysis',
      year: world.today.slice(5) >= '07-01' ? year : year - 1,
      half: world.today.slice(5) >= '07-01' ? 1 : 2,
    },
    { kind: 'annual_report', year: year - 1 },
  ];
  for (const body of wanted) {
    const report = await lead<Versioned & { sectionTitles: { key: string }[] }>('POST', base, {
      ...body,
      serviceId: service.id,
    });
    const texts = Object.fromEntries(
      report.sectionTitles.map((section) => [
        section.key,
        'Изпълнени са планираните проверки; резултатите се подобряват, слабите индикатори са в програмата.',
      ]),
    );
    const written = await lead<Versioned>('PATCH', `${base}/${report.id}`, {
      version: report.version,
      sections: texts,
    });
    await lead('POST', `${base}/${report.id}/submission`, { version: written.version });
  }
}

/**
 * The municipality's inspections (art. 31–34): one four months ago, signed, with prescriptions and forwarded to the
 * agency; and one ordered for next week. The admin orders; the inspector conducts and signs.
 */
export async function seedInspections(world: DemoWorld, mayor: Call, inspector: Call): Promise<void> {
  const base = `/tenants/${world.municipalityId}/inspections`;
  const service = world.services[0];
  if (!service) return;
  const catalogue = await inspector<{ sections: CatalogueNode[] }>(
    'GET',
    `/catalogue/service-types/${service.pluginCode}/variants/${service.variantKey}`,
  );
  const criteria = criteriaOf(catalogue.sections).slice(0, 2);
  const startsOn = addDays(world.today, -120);
  const past = await mayor<Versioned>('POST', base, {
    contractId: world.contractId,
    kind: 'periodic',
    reason: 'plan',
    orderNumber: 'РД-09-14',
    orderDate: addDays(startsOn, -10),
    scopeCriteria: criteria.map((c) => c.id),
    startsOn,
    endsOn: addDays(startsOn, 2),
    inspectors: [{ userId: world.people.inspector, position: 'главен експерт' }],
  });
  const indicators = criteria.flatMap((c) => c.indicators);
  for (const [i, itemId] of indicators.entries()) {
    const result = i % 4 === 3 ? 'not_met' : 'met';
    await inspector('PUT', `${base}/${past.id}/findings`, {
      itemId,
      result,
      note: result === 'met' ? null : 'Липсват записи за последните два месеца.',
      version: 0,
    });
    if (result === 'not_met')
      await inspector('POST', `${base}/${past.id}/prescriptions`, {
        text: 'Да се попълнят записите и да се въведе ежемесечен преглед.',
        // The first is due this week: both homes show it among the week's deadlines.
        dueOn: addDays(world.today, i === 3 ? 5 : 30),
        itemId,
      });
  }
  const current = await inspector<Versioned>('GET', `${base}/${past.id}`);
  await inspector('PATCH', `${base}/${past.id}`, {
    version: current.version,
    completedOn: addDays(startsOn, 2),
    providerPresent: 'Ръководител на услугата',
    usersAsked: true,
    usersConsented: 4,
    facts: 'Проверени са документите, условията и разговорите с потребителите.',
  });
  await inspector('POST', `${base}/${past.id}/signatures`);
  await mayor('POST', `${base}/${past.id}/forwarding`, { letterNumber: 'ИЗХ-94-3' });

  // The README's inspection ordered for next week.
  await mayor('POST', base, {
    contractId: world.contractId,
    kind: 'periodic',
    reason: 'plan',
    orderNumber: 'РД-09-21',
    orderDate: world.today,
    startsOn: addDays(world.today, 7),
    endsOn: addDays(world.today, 8),
    inspectors: [{ userId: world.people.inspector, position: 'главен експерт' }],
  });
}

/** The yearly monitoring of this year (art. 35(1)), assembled and left as a draft. */
export async function seedMonitoring(world: DemoWorld, mayor: Call): Promise<void> {
  await mayor('POST', `/tenants/${world.municipalityId}/monitoring-reports`, { year: yearOf(world.today) });
}
