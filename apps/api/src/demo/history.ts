import type { FastifyInstance } from 'fastify';
import { addDays, quartersBetween, type CalendarQuarter } from '@mera/calendar';
import { inScope } from '@mera/db';
import { anonymous, criteriaOf, generator, type Call, type CatalogueNode } from './api.ts';

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
/** The services with a year of checks: the commissioned one, and two more (a dip in one of them, for the trend). */
const CHECKED_SERVICES = 3;

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
  for (const [s, service] of world.services.slice(0, CHECKED_SERVICES).entries()) {
    const catalogue = await lead<{ sections: CatalogueNode[] }>(
      'GET',
      `/catalogue/service-types/${service.pluginCode}/variants/${service.variantKey}`,
    );
    const criteria = criteriaOf(catalogue.sections);
    if (s === 0) nextScope = criteria.slice(-CRITERIA_PER_CHECK).map((c) => c.id);
    for (const [q, quarter] of quarters.entries()) {
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
      const indicators = scope.flatMap((c) => c.indicators);
      let version = 1;
      for (const itemId of indicators) {
        const result = resultOf(random, s, q);
        const saved = await lead<{ assessment: { version: number } }>(
          'PUT',
          `/tenants/${world.providerId}/assessments/${check.id}/results`,
          {
            itemId,
            result,
            note: result === 'met' ? null : 'Частично документирано; обсъдено на екипната среща.',
            version: 0,
          },
        );
        version = saved.assessment.version;
      }
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
  const indicators = criteriaOf(open.sections).flatMap((c) => c.indicators);
  for (const itemId of indicators.slice(0, Math.ceil(indicators.length / 2)))
    await lead('PUT', `/tenants/${world.providerId}/assessments/${open.id}/results`, {
      itemId,
      result: resultOf(random, 0, 4),
      version: 0,
    });
}

/**
 * Users' answers to two services' surveys (art. 23(1)'s users' opinion). They arrive today: answers are append-only
 * for the application, whose day they are stamped with — the home page shows them as new feedback.
 */
async function seedSurveys(app: FastifyInstance, world: DemoWorld, lead: Call): Promise<void> {
  const random = generator(7);
  for (const service of world.services.slice(0, 2)) {
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
    for (let i = 0; i < 12; i++) {
      const answers: Record<string, number> = {};
      for (const question of survey.questions)
        if (question.kind === 'scale' && question.min !== undefined && question.max !== undefined)
          answers[question.id] = Math.min(
            question.max,
            question.min + Math.floor(random() * (question.max - question.min + 1) + i / 6),
          );
      // Each answer from its own device, as the web app reports it: the public form's limit counts devices.
      await anonymous(app)('POST', `/public/surveys/${token}/answers`, { answers }, {
        'x-mera-client': `demo-device-${service.id}-${i}`,
      });
    }
  }
}

/** The team's monthly meetings and the quarterly ones with the head of the service (art. 20). */
async function seedMeetings(world: DemoWorld, lead: Call): Promise<void> {
  const service = world.services[0];
  if (!service) return;
  for (let month = 11; month >= 1; month--) {
    const heldOn = addDays(world.today, -30 * month);
    await lead('POST', `/tenants/${world.providerId}/meetings`, {
      serviceId: service.id,
      kind: month % 3 === 0 ? 'with_head' : 'team',
      heldOn,
      participantsCount: 4 + (month % 3),
      topics:
        month % 3 === 0
          ? 'Резултатите от проверката за тримесечието; мерките от програмата'
          : 'Случаите за месеца; графикът за супервизия',
      conclusions: 'Екипът се договори за следващите стъпки.',
      ...(month === 6 ? { recommendations: ['Въвеждащо обучение за новите служители'] } : {}),
    });
  }
}

export { seedChecks, seedMeetings, seedSurveys };
