import { lastDayOfMonth, quartersBetween } from '@mera/calendar';
import { statusOf, type DueItem, type RuleContext } from './rules.ts';

/**
 * The staff register's deadlines (section Б of the annexes): group supervision every three months ("Служителите са
 * преминали групова супервизия … на всеки 3 месеца"), the yearly specialised training hours and the yearly appraisal.
 * Counted per service that keeps a staff register; titles name the service, never an employee.
 */
export interface StaffServiceFact {
  id: string;
  name: string;
  /** The first day someone was in post: nothing is due for a period that ended before. */
  since: string;
  /** Group supervisions held, by date. */
  groupSupervisions: string[];
  /** Per year (`YYYY`): employees in post that year, and how many of them reached the year's specialised hours. */
  years: Record<string, { staff: number; trained: number; appraised: number }>;
}

const within = (date: string, from: string, to: string) => date >= from && date <= to;
const inWindow = (date: string, ctx: RuleContext) => within(date, ctx.from, ctx.to);

export function groupSupervisions(facts: { services: StaffServiceFact[] }, ctx: RuleContext): DueItem[] {
  const items: DueItem[] = [];
  for (const service of facts.services)
    for (const q of quartersBetween(ctx.from, ctx.to)) {
      if (!inWindow(q.end, ctx) || q.end < service.since) continue;
      items.push({
        key: `group_supervision:${service.id}:${q.year}-Q${q.quarter}`,
        kind: 'group_supervision',
        serviceId: service.id,
        title: {
          bg: `Групова супервизия за ${q.quarter}-во тримесечие на ${q.year} г. — ${service.name}`,
          en: `Group supervision for Q${q.quarter} ${q.year} — ${service.name}`,
          uk: `Групова супервізія за ${q.quarter}-й квартал ${q.year} р. — ${service.name}`,
        },
        dueOn: q.end,
        status: statusOf(
          q.end,
          ctx.today,
          service.groupSupervisions.some((d) => within(d, q.start, q.end)),
        ),
        tracked: true,
        target: null,
      });
    }
  return items;
}

/** By 31 December: every employee's specialised training hours for the year, and every employee's appraisal. */
export function yearlyStaffDevelopment(facts: { services: StaffServiceFact[] }, ctx: RuleContext): DueItem[] {
  const items: DueItem[] = [];
  const firstYear = Number(ctx.from.slice(0, 4));
  const lastYear = Number(ctx.to.slice(0, 4));
  for (const service of facts.services)
    for (let year = firstYear; year <= lastYear; year++) {
      const dueOn = lastDayOfMonth(year, 12);
      const counts = service.years[String(year)];
      if (!inWindow(dueOn, ctx) || dueOn < service.since || !counts || counts.staff === 0) continue;
      items.push(
        {
          key: `specialised_training:${service.id}:${year}`,
          kind: 'specialised_training',
          serviceId: service.id,
          title: {
            bg: `Специализирано обучение на служителите за ${year} г. (${counts.trained} от ${counts.staff}) — ${service.name}`,
            en: `Specialised training of the staff for ${year} (${counts.trained} of ${counts.staff}) — ${service.name}`,
            uk: `Спеціалізоване навчання працівників за ${year} р. (${counts.trained} з ${counts.staff}) — ${service.name}`,
          },
          dueOn,
          status: statusOf(dueOn, ctx.today, counts.trained >= counts.staff),
          tracked: true,
          target: null,
        },
        {
          key: `appraisal:${service.id}:${year}`,
          kind: 'appraisal',
          serviceId: service.id,
          title: {
            bg: `Годишна оценка на изпълнението на служителите за ${year} г. (${counts.appraised} от ${counts.staff}) — ${service.name}`,
            en: `Yearly appraisal of the staff for ${year} (${counts.appraised} of ${counts.staff}) — ${service.name}`,
            uk: `Щорічне оцінювання працівників за ${year} р. (${counts.appraised} з ${counts.staff}) — ${service.name}`,
          },
          dueOn,
          status: statusOf(dueOn, ctx.today, counts.appraised >= counts.staff),
          tracked: true,
          target: null,
        },
      );
    }
  return items;
}
