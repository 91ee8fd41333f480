import type { StaffNorms } from '@mera/plugin-sdk';
import type { Translations } from '../../i18n/locale.ts';
import {
  addDays,
  bgDate,
  daysBetween,
  endOfYearsFrom,
  lastDayOfMonth,
  monthsBetween,
  quartersBetween,
  yearOf,
} from '@mera/calendar';

/**
 * The Ordinance's deadlines as pure functions: each rule turns the tenant's data (plain facts, no database, no
 * clock) into due items. Everything is a calendar date in Europe/Sofia (see dates.ts). A rule knows only its own
 * facts; `deadlines.ts` loads them and lists the sources, so a new kind of deadline (staff training and
 * supervision, inspections) is one more entry there.
 */

export type DeadlineStatus = 'upcoming' | 'due' | 'overdue' | 'done';

export interface DueItem {
  /** Stable across days and runs: the reminder job and the iCal feed identify the item by it. */
  key: string;
  kind: string;
  serviceId: string | null;
  title: Translations;
  /** A calendar date in Europe/Sofia, `YYYY-MM-DD`. */
  dueOn: string;
  status: DeadlineStatus;
  /** False when the source does not record whether it was done (so it is never reported overdue). */
  tracked: boolean;
  /**
   * The one record the item is about, when there is one (a programme, an inspection); otherwise the kind says it
   * all. The web app decides where an item links — the API builds no web paths.
   */
  target: DueTarget | null;
}

export interface DueTarget {
  type: 'programme' | 'inspection';
  id: string;
}

export interface RuleContext {
  tenantId: string;
  /** Today in Europe/Sofia. */
  today: string;
  /** The window of due dates asked for, inclusive. */
  from: string;
  to: string;
  /** The jurisdiction's staff norms (training hours by category); without them no staff deadline is computed. */
  staffNorms?: StaffNorms | null;
}

/** How many days ahead an item counts as due (and is reminded of). */
export const DUE_SOON_DAYS = 7;

export function statusOf(dueOn: string, today: string, done: boolean): DeadlineStatus {
  if (done) return 'done';
  if (dueOn < today) return 'overdue';
  return daysBetween(today, dueOn) <= DUE_SOON_DAYS ? 'due' : 'upcoming';
}

const inWindow = (date: string, ctx: RuleContext) => date >= ctx.from && date <= ctx.to;
const within = (date: string | null | undefined, start: string, end: string) =>
  !!date && date >= start && date <= end;

export interface ServiceFact {
  id: string;
  name: string;
  /** The service's start date, or the day it was registered: nothing is due for a period that ended before. */
  since: string;
}

// ——— periodic checks (art. 23(3): at least once every three months) ———

export interface AssessmentFact {
  serviceId: string;
  kind: 'periodic' | 'self_assessment';
  status: 'planned' | 'in_progress' | 'completed';
  startedOn: string | null;
  /** The day it was completed, in Sofia. */
  completedOn: string | null;
}

export interface PeriodicCheckFacts {
  services: ServiceFact[];
  assessments: AssessmentFact[];
}

/**
 * One periodic check per service per calendar quarter, due on the quarter's last day; done when a periodic check of
 * that service was started or completed in the quarter (a check only planned does not count).
 */
export function periodicChecks(facts: PeriodicCheckFacts, ctx: RuleContext): DueItem[] {
  const items: DueItem[] = [];
  for (const service of facts.services) {
    for (const q of quartersBetween(ctx.from, ctx.to)) {
      if (!inWindow(q.end, ctx) || q.end < service.since) continue;
      const done = facts.assessments.some(
        (a) =>
          a.serviceId === service.id &&
          a.kind === 'periodic' &&
          a.status !== 'planned' &&
          (within(a.startedOn, q.start, q.end) || within(a.completedOn, q.start, q.end)),
      );
      items.push({
        key: `periodic_check:${service.id}:${q.year}-Q${q.quarter}`,
        kind: 'periodic_check',
        serviceId: service.id,
        title: {
          bg: `Периодична проверка за ${q.quarter}-во тримесечие на ${q.year} г. — ${service.name}`,
          en: `Periodic check for Q${q.quarter} ${q.year} — ${service.name}`,
          uk: `Періодична перевірка за ${q.quarter}-й квартал ${q.year} р. — ${service.name}`,
        },
        dueOn: q.end,
        status: statusOf(q.end, ctx.today, done),
        tracked: true,
        target: null,
      });
    }
  }
  return items;
}

// ——— monthly meetings (art. 24(1) 3–4) ———

export interface MeetingFact {
  /** null: a meeting for all of the provider's services. */
  serviceId: string | null;
  kind: 'team' | 'with_head';
  heldOn: string;
}

export interface MeetingFacts {
  services: ServiceFact[];
  meetings: MeetingFact[];
}

const MEETING_TITLES: Record<MeetingFact['kind'], Translations> = {
  team: { bg: 'Екипна среща', en: 'Team meeting', uk: 'Командна нарада' },
  with_head: { bg: 'Среща с ръководителя', en: 'Meeting with the head', uk: 'Зустріч із керівником' },
};

/**
 * The monthly team meeting and the monthly meeting with the head, per service, due on the month's last day; a
 * meeting logged for all services counts for each of them.
 */
export function monthlyMeetings(facts: MeetingFacts, ctx: RuleContext): DueItem[] {
  const items: DueItem[] = [];
  for (const service of facts.services) {
    for (const m of monthsBetween(ctx.from, ctx.to)) {
      if (!inWindow(m.end, ctx) || m.end < service.since) continue;
      const month = `${String(m.month).padStart(2, '0')}.${m.year}`;
      for (const kind of ['team', 'with_head'] as const) {
        const done = facts.meetings.some(
          (meeting) =>
            meeting.kind === kind &&
            (meeting.serviceId === null || meeting.serviceId === service.id) &&
            within(meeting.heldOn, m.start, m.end),
        );
        const label = MEETING_TITLES[kind];
        items.push({
          key: `${kind === 'team' ? 'team_meeting' : 'head_meeting'}:${service.id}:${m.start.slice(0, 7)}`,
          kind: kind === 'team' ? 'team_meeting' : 'head_meeting',
          serviceId: service.id,
          title: {
            bg: `${label.bg} за ${month} г. — ${service.name}`,
            en: `${label.en} for ${String(m.month).padStart(2, '0')}/${m.year} — ${service.name}`,
            uk: `${label.uk} за ${month} р. — ${service.name}`,
          },
          dueOn: m.end,
          status: statusOf(m.end, ctx.today, done),
          tracked: true,
          target: null,
        });
      }
    }
  }
  return items;
}

// ——— the semi-annual analysis (art. 25(1)) and the annual report (art. 26, by 31 March) ———

export interface ReportFacts {
  /** Whether the provider has any service (a municipality or an empty provider owes no report). */
  hasServices: boolean;
  /**
   * The periods whose analysis is recorded as done (a submitted report), e.g. '2026-H1'; null for a source that does
   * not track them (then the item is never called overdue).
   */
  analysesDone: string[] | null;
  /** The years whose annual report is recorded as done, e.g. '2025'; null when not tracked. */
  annualReportsDone: string[] | null;
}

/**
 * The analysis "at least once every six months" (art. 25(1)): one per half-year, due on its last day (30 June and
 * 31 December) — the Ordinance sets no other date.
 */
export function semiAnnualAnalyses(facts: ReportFacts, ctx: RuleContext): DueItem[] {
  if (!facts.hasServices) return [];
  const items: DueItem[] = [];
  for (let year = yearOf(ctx.from); year <= yearOf(ctx.to); year++) {
    for (const half of [1, 2] as const) {
      const dueOn = lastDayOfMonth(year, half * 6);
      if (!inWindow(dueOn, ctx)) continue;
      const period = `${year}-H${half}`;
      items.push({
        key: `semiannual_analysis:${period}`,
        kind: 'semiannual_analysis',
        serviceId: null,
        title: {
          bg: `Анализ за ${half === 1 ? 'първото' : 'второто'} полугодие на ${year} г. (чл. 25)`,
          en: `Semi-annual analysis for H${half} ${year} (art. 25)`,
          uk: `Піврічний аналіз за ${half === 1 ? 'перше' : 'друге'} півріччя ${year} р. (ст. 25)`,
        },
        dueOn,
        status: statusOf(dueOn, ctx.today, facts.analysesDone?.includes(period) ?? false),
        tracked: facts.analysesDone !== null,
        target: null,
      });
    }
  }
  return items;
}

/** The annual summary report of the previous calendar year (art. 26(1)), due by 31 March. */
export function annualReports(facts: ReportFacts, ctx: RuleContext): DueItem[] {
  if (!facts.hasServices) return [];
  const items: DueItem[] = [];
  for (let year = yearOf(ctx.from); year <= yearOf(ctx.to); year++) {
    const dueOn = `${year}-03-31`;
    if (!inWindow(dueOn, ctx)) continue;
    const of = String(year - 1);
    items.push({
      key: `annual_report:${of}`,
      kind: 'annual_report',
      serviceId: null,
      title: {
        bg: `Годишен отчет за ${of} г. (чл. 26) — до 31 март`,
        en: `Annual report for ${of} (art. 26) — by 31 March`,
        uk: `Річний звіт за ${of} р. (ст. 26) — до 31 березня`,
      },
      dueOn,
      status: statusOf(dueOn, ctx.today, facts.annualReportsDone?.includes(of) ?? false),
      tracked: facts.annualReportsDone !== null,
      target: null,
    });
  }
  return items;
}

// ——— the yearly review of the quality programme (art. 20(1)) ———

export interface ProgrammeFact {
  id: string;
  title: string;
  serviceId: string | null;
  periodStart: string;
  periodEnd: string;
  reviews: string[];
}

/**
 * A programme is reviewed at least once a year: for each year of its period counted from its start (the last one
 * cut at the period's end), a review is due on that year's last day and done by a review dated within it.
 */
export function programmeReviews(facts: { programmes: ProgrammeFact[] }, ctx: RuleContext): DueItem[] {
  const items: DueItem[] = [];
  for (const p of facts.programmes) {
    for (let k = 0; ; k++) {
      // Each year starts the day after the previous one ended (a year from 29.02.2024 is followed by one from 01.03.2025).
      const start = k === 0 ? p.periodStart : addDays(endOfYearsFrom(p.periodStart, k), 1);
      // past the window nothing more can be due in it (dueOn ≥ start): a long period costs no extra years, and a
      // far-off end (a year-9999 date stored before dates were bounded) no longer counts up to an invalid Date
      if (start > p.periodEnd || start > ctx.to) break;
      // A year from 29 February ends on 28 February, not a day early (ZZD art. 72(2)).
      const yearEnd = endOfYearsFrom(p.periodStart, k + 1);
      const dueOn = yearEnd < p.periodEnd ? yearEnd : p.periodEnd;
      if (!inWindow(dueOn, ctx)) continue;
      const done = p.reviews.some((reviewedOn) => within(reviewedOn, start, dueOn));
      items.push({
        key: `programme_review:${p.id}:${k + 1}`,
        kind: 'programme_review',
        serviceId: p.serviceId,
        title: {
          bg: `Годишен преглед на програмата „${p.title}“ (чл. 20)`,
          en: `Yearly review of the programme "${p.title}" (art. 20)`,
          uk: `Щорічний перегляд програми «${p.title}» (ст. 20)`,
        },
        dueOn,
        status: statusOf(dueOn, ctx.today, done),
        tracked: true,
        target: { type: 'programme', id: p.id },
      });
    }
  }
  return items;
}

// ——— the document register's review dates ———

export interface DocumentFact {
  id: string;
  title: string;
  serviceId: string | null;
  nextReviewOn: string | null;
}

/** A document is due for review on its `next_review_on`; reviewing it means setting the next date. */
export function documentReviews(facts: { documents: DocumentFact[] }, ctx: RuleContext): DueItem[] {
  return facts.documents
    .filter(
      (d): d is DocumentFact & { nextReviewOn: string } => !!d.nextReviewOn && inWindow(d.nextReviewOn, ctx),
    )
    .map((d) => ({
      key: `document_review:${d.id}:${d.nextReviewOn}`,
      kind: 'document_review',
      serviceId: d.serviceId,
      title: {
        bg: `Преглед на документа „${d.title}“ (до ${bgDate(d.nextReviewOn)})`,
        en: `Review of the document "${d.title}"`,
        uk: `Перегляд документа «${d.title}»`,
      },
      dueOn: d.nextReviewOn,
      status: statusOf(d.nextReviewOn, ctx.today, false),
      tracked: true,
      target: null,
    }));
}

/** Due items in date order (then by key, so the order is stable). */
export function sortItems(items: DueItem[]): DueItem[] {
  return [...items].sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.key.localeCompare(b.key));
}
