import type { FastifyInstance } from 'fastify';
import { addDays, quartersBetween, yearOf, type CalendarQuarter } from '@mera/calendar';
import { anonymous, criteriaOf, generator, inParallel, type Call, type CatalogueNode } from './api.ts';

export interface DemoWorld {
  providerId: string;
  municipalityId: string;
  contractId: string;
  /** The provider's services, the commissioned one first. */
  services: { id: string; name: string; pluginCode: string; variantKey: string }[];
  people: { providerAdmin: string; qualityLead: string; municipalAdmin: string; inspector: string };
  /** Today in Europe/Sofia. */
  today: string;
}

type Result = 'met' | 'partly_met' | 'not_met';

/** How many criteria one quarterly check covers: a quarter of the standards would be ~40 indicators, too slow here. */
const CRITERIA_PER_CHECK = 3;
/**
 * The services with a year of checks: the commissioned one and two more (a dip in one of them, for the trend); the
 * others were checked in the last three quarters.
 */
const TRENDED_SERVICES = 3;

/**
 * A result for one indicator: the share met rises quarter by quarter (the programme's measures take hold), except in
 * the third service, which slips in the last quarters — so the trend chart has both directions to show.
 */
function resultOf(random: () => number, serviceIndex: number, quarterIndex: number): Result {
  const level = serviceIndex === 2 ? 0.7 - 0.08 * Math.max(0, quarterIndex - 2) : 0.5 + 0.1 * quarterIndex;
  const draw = random();
  if (draw < level) return 'met';
  return draw < level + (1 - level) / 2 ? 'partly_met' : 'not_met';
}

/** The day a quarter's check was done: the middle of the quarter, never later than yesterday. */
function checkDay(quarter: CalendarQuarter, today: string): string {
  const middle = addDays(quarter.start, 40);
  return middle < today ? middle : addDays(today, -1) < quarter.start ? quarter.start : addDays(today, -1);
}

/** A year of periodic checks (art. 23(3): at least one a quarter) of three services, with results and conclusions. */
async function seedChecks(world: DemoWorld, lead: Call): Promise<void> {
  const quarters = quartersBetween(addDays(world.today, -92 * 4), world.today).slice(-5);
  const random = generator(2026);
  let nextScope: string[] = [];
  for (const [s, service] of world.services.entries()) {
    const catalogue = await lead<{ sections: CatalogueNode[] }>(
      'GET',
      `/catalogue/service-types/${service.pluginCode}/variants/${service.variantKey}`,
    );
    const criteria = criteriaOf(catalogue.sections);
    if (s === 0) nextScope = criteria.slice(-CRITERIA_PER_CHECK).map((c) => c.id);
    for (const [q, quarter] of (s < TRENDED_SERVICES ? quarters : quarters.slice(-3)).entries()) {
      const day = checkDay(quarter, world.today);
      const scope = Array.from(
        { length: CRITERIA_PER_CHECK },
        (_, i) => criteria[(q * CRITERIA_PER_CHECK + i) % criteria.length],
      ).filter((c) => c !== undefined);
      const check = await lead<{ id: string }>('POST', `/tenants/${world.providerId}/assessments`, {
        serviceId: service.id,
        kind: 'periodic',
        startedOn: day,
        scopeCriteria: scope.map((c) => c.id),
        methods: [1, 3, 5],
      });
      // The results are drawn in the catalogue's order first (the same demo every time), then saved side by side.
      const answers = scope
        .flatMap((c) => c.indicators)
        .map((itemId) => ({ itemId, result: resultOf(random, s, q) }));
      await inParallel(answers, ({ itemId, result }) =>
        lead('PUT', `/tenants/${world.providerId}/assessments/${check.id}/results`, {
          itemId,
          result,
          note: result === 'met' ? null : 'Частично документирано; обсъдено на екипната среща.',
          version: 0,
        }),
      );
      const { version } = await lead<{ version: number }>(
        'GET',
        `/tenants/${world.providerId}/assessments/${check.id}`,
      );
      await lead('POST', `/tenants/${world.providerId}/assessments/${check.id}/completion`, {
        version,
        conclusions: 'Проверката е обсъдена с екипа; слабите индикатори са включени в програмата.',
        // Typed in as it was done: completed on the day of the check, in its quarter.
        completedOn: day,
      });
    }
  }
  // This quarter's next check of the commissioned service is under way: half of it answered.
  const service = world.services[0];
  if (!service) return;
  const open = await lead<{ id: string; sections: CatalogueNode[] }>(
    'POST',
    `/tenants/${world.providerId}/assessments`,
    {
      serviceId: service.id,
      kind: 'periodic',
      startedOn: world.today,
      scopeCriteria: nextScope,
      methods: [1, 2],
    },
  );
  // Next year planned ahead (art. 23): a check each quarter, this year's weak criteria first.
  await lead('POST', `/tenants/${world.providerId}/monitoring-plan`, {
    serviceId: service.id,
    year: yearOf(world.today) + 1,
  });
  const indicators = criteriaOf(open.sections).flatMap((c) => c.indicators);
  const answers = indicators.slice(0, Math.ceil(indicators.length / 2)).map((itemId) => ({
    itemId,
    result: resultOf(random, 0, 4),
  }));
  await inParallel(answers, (answer) =>
    lead('PUT', `/tenants/${world.providerId}/assessments/${open.id}/results`, { ...answer, version: 0 }),
  );
}

/**
 * Users' answers to each service's survey (art. 23(1)'s users' opinion). They arrive today: answers are append-only
 * for the application, whose day they are stamped with — the home page shows them as new feedback.
 */
async function seedSurveys(app: FastifyInstance, world: DemoWorld, lead: Call): Promise<void> {
  const random = generator(7);
  for (const service of world.services) {
    const survey = await lead<{
      id: string;
      publicPath: string;
      questions: { id: string; kind: 'scale' | 'text'; min?: number; max?: number }[];
    }>('POST', `/tenants/${world.providerId}/surveys`, {
      serviceId: service.id,
      templateKey: 'users',
      dailyCap: 100,
    });
    const token = survey.publicPath.slice(3);
    for (let i = 0; i < 6; i++) {
      const answers: Record<string, number> = {};
      for (const question of survey.questions)
        if (question.kind === 'scale' && question.min !== undefined && question.max !== undefined)
          answers[question.id] = Math.min(
            question.max,
            question.min + Math.floor(random() * (question.max - question.min + 1) + i / 3),
          );
      // Each answer from its own device, as the web app reports it: the public form's limit counts devices.
      await anonymous(app)(
        'POST',
        `/public/surveys/${token}/answers`,
        { answers },
        {
          'x-mera-client': `demo-device-${service.id}-${i}`,
        },
      );
    }
  }
}

/**
 * The team's monthly meetings and the monthly ones with the head of each service (art. 20): half a year of them for
 * every service, a year for the commissioned one — except last month's meeting with the head of the last service,
 * which is still to be held (one overdue item, as in a real work list).
 */
async function seedMeetings(world: DemoWorld, lead: Call): Promise<void> {
  const meetings = world.services.flatMap((service, s) =>
    Array.from({ length: s === 0 ? 11 : 6 }, (_, i) => i + 1).flatMap((month) =>
      (['team', 'with_head'] as const)
        .filter((kind) => !(kind === 'with_head' && month === 1 && s === world.services.length - 1))
        .map((kind) => ({
          serviceId: service.id,
          kind,
          heldOn: addDays(world.today, -30 * month),
          participantsCount: 4 + (month % 3),
          topics:
            kind === 'with_head'
              ? 'Резултатите от проверката за тримесечието; мерките от програмата'
              : 'Случаите за месеца; графикът за супервизия',
          conclusions: 'Екипът се договори за следващите стъпки.',
          ...(s === 0 && month === 6 && kind === 'team'
            ? { recommendations: ['Въвеждащо обучение за новите служители'] }
            : {}),
        })),
    ),
  );
  await inParallel(meetings, (meeting) => lead('POST', `/tenants/${world.providerId}/meetings`, meeting));
}

export { seedChecks, seedMeetings, seedSurveys };
