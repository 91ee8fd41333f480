import { describe, expect, it } from 'vitest';
import { addMonths, daysBetween, quartersBetween, sofiaDate } from '@mera/calendar';
import {
  annualReports,
  documentReviews,
  monthlyMeetings,
  periodicChecks,
  programmeReviews,
  semiAnnualAnalyses,
  statusOf,
  type RuleContext,
} from './rules.ts';
import { groupSupervisions, yearlyStaffDevelopment } from './staff-rules.ts';

const T = '0190a000-0000-7000-8000-000000000001';
const S = '0190a000-0000-7000-8000-0000000000a1';
const service = { id: S, name: 'ЦОП Монтана', since: '2020-01-01' };
const ctx = (today: string, from = '2026-01-01', to = '2026-12-31'): RuleContext => ({
  tenantId: T,
  today,
  from,
  to,
});

describe('today in Europe/Sofia, across daylight-saving changes', () => {
  it('turns midnight in Sofia into the next day, in winter (UTC+2) and summer (UTC+3) time', () => {
    // Last Sunday of March 2026: clocks go from 03:00 to 04:00 on 29 March.
    expect(sofiaDate(new Date('2026-03-28T21:59:59Z'))).toBe('2026-03-28');
    expect(sofiaDate(new Date('2026-03-28T22:00:00Z'))).toBe('2026-03-29');
    expect(sofiaDate(new Date('2026-03-29T20:59:59Z'))).toBe('2026-03-29'); // 23:59:59 summer time
    expect(sofiaDate(new Date('2026-03-29T21:00:00Z'))).toBe('2026-03-30');
    // Last Sunday of October 2026: clocks go from 04:00 back to 03:00 on 25 October.
    expect(sofiaDate(new Date('2026-10-24T20:59:59Z'))).toBe('2026-10-24');
    expect(sofiaDate(new Date('2026-10-24T21:00:00Z'))).toBe('2026-10-25');
    expect(sofiaDate(new Date('2026-10-25T21:59:59Z'))).toBe('2026-10-25'); // 23:59:59 winter time
    expect(sofiaDate(new Date('2026-10-25T22:00:00Z'))).toBe('2026-10-26');
  });

  it('counts whole days over the 23-hour and the 25-hour day', () => {
    expect(daysBetween('2026-03-28', '2026-04-04')).toBe(7);
    expect(daysBetween('2026-10-24', '2026-10-31')).toBe(7);
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(daysBetween('2027-01-01', '2026-12-31')).toBe(-1);
  });

  it('reminds exactly 7 calendar days ahead whatever the hour of the run on a DST Sunday', () => {
    // The job runs at 00:30 Sofia time on the day clocks change; the day is the Sofia day, not the UTC one.
    const marchRun = sofiaDate(new Date('2026-03-28T22:30:00Z'));
    expect(marchRun).toBe('2026-03-29');
    expect(statusOf('2026-04-05', marchRun, false)).toBe('due');
    expect(statusOf('2026-04-06', marchRun, false)).toBe('upcoming');
    const octoberRun = sofiaDate(new Date('2026-10-24T21:30:00Z'));
    expect(octoberRun).toBe('2026-10-25');
    expect(statusOf('2026-11-01', octoberRun, false)).toBe('due');
    expect(statusOf('2026-10-24', octoberRun, false)).toBe('overdue');
  });

  it('adds months clamping to the month’s end, over leap years', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-11-15', 2)).toBe('2027-01-15');
  });

  it('lists the quarters across a year boundary', () => {
    expect(quartersBetween('2026-11-01', '2027-02-01').map((q) => [q.year, q.quarter, q.end])).toEqual([
      [2026, 4, '2026-12-31'],
      [2027, 1, '2027-03-31'],
    ]);
  });
});

describe('statuses', () => {
  it('is done, overdue (from the day after), due within 7 days (today included), or upcoming', () => {
    expect(statusOf('2026-03-31', '2026-04-01', true)).toBe('done');
    expect(statusOf('2026-03-31', '2026-04-01', false)).toBe('overdue');
    expect(statusOf('2026-03-31', '2026-03-31', false)).toBe('due');
    expect(statusOf('2026-03-31', '2026-03-24', false)).toBe('due');
    expect(statusOf('2026-03-31', '2026-03-23', false)).toBe('upcoming');
  });
});

describe('periodic checks (art. 23(3))', () => {
  it('owes one check per service per quarter, due on the quarter’s last day', () => {
    const items = periodicChecks({ services: [service], assessments: [] }, ctx('2026-05-10'));
    expect(items.map((i) => [i.dueOn, i.status])).toEqual([
      ['2026-03-31', 'overdue'],
      ['2026-06-30', 'upcoming'],
      ['2026-09-30', 'upcoming'],
      ['2026-12-31', 'upcoming'],
    ]);
    expect(items[0]).toMatchObject({
      key: `periodic_check:${S}:2026-Q1`,
      serviceId: S,
      kind: 'periodic_check',
      target: null,
      tracked: true,
    });
    expect(items[0]?.title.bg).toBe('Периодична проверка за 1-во тримесечие на 2026 г. — ЦОП Монтана');
  });

  it('is done by a periodic check started or completed in the quarter, not by one only planned', () => {
    const assessments = [
      { serviceId: S, kind: 'periodic', status: 'in_progress', startedOn: '2026-03-31', completedOn: null },
      {
        serviceId: S,
        kind: 'periodic',
        status: 'completed',
        startedOn: '2026-03-20',
        completedOn: '2026-04-01',
      },
      { serviceId: S, kind: 'periodic', status: 'planned', startedOn: null, completedOn: null },
      {
        serviceId: S,
        kind: 'self_assessment',
        status: 'completed',
        startedOn: '2026-08-01',
        completedOn: '2026-08-02',
      },
    ] as const;
    const items = periodicChecks({ services: [service], assessments: [...assessments] }, ctx('2026-10-02'));
    expect(items.map((i) => i.status)).toEqual(['done', 'done', 'overdue', 'upcoming']);
  });

  it('owes nothing for a quarter that ended before the service started', () => {
    const items = periodicChecks(
      { services: [{ ...service, since: '2026-04-01' }], assessments: [] },
      ctx('2026-05-10'),
    );
    expect(items.map((i) => i.dueOn)).toEqual(['2026-06-30', '2026-09-30', '2026-12-31']);
  });

  it('keeps the key of a quarter the same across windows and runs', () => {
    const a = periodicChecks(
      { services: [service], assessments: [] },
      ctx('2026-12-30', '2026-12-01', '2027-03-31'),
    );
    const b = periodicChecks(
      { services: [service], assessments: [] },
      ctx('2027-01-02', '2026-10-01', '2027-01-31'),
    );
    expect(a.map((i) => i.key)).toEqual([`periodic_check:${S}:2026-Q4`, `periodic_check:${S}:2027-Q1`]);
    expect(b.map((i) => i.key)).toEqual([`periodic_check:${S}:2026-Q4`]);
    expect(a[0]?.status).toBe('due');
    expect(b[0]?.status).toBe('overdue');
  });
});

describe('monthly meetings (art. 24(1) 3–4)', () => {
  it('owes a team meeting and a meeting with the head every month; an all-services meeting counts for each', () => {
    const items = monthlyMeetings(
      {
        services: [service],
        meetings: [
          { serviceId: null, kind: 'team', heldOn: '2026-02-27' },
          { serviceId: S, kind: 'with_head', heldOn: '2026-02-01' },
          { serviceId: 'another', kind: 'team', heldOn: '2026-03-05' },
        ],
      },
      ctx('2026-03-26', '2026-02-01', '2026-03-31'),
    );
    expect(items.map((i) => [i.key.split(':')[0], i.dueOn, i.status])).toEqual([
      ['team_meeting', '2026-02-28', 'done'],
      ['head_meeting', '2026-02-28', 'done'],
      ['team_meeting', '2026-03-31', 'due'],
      ['head_meeting', '2026-03-31', 'due'],
    ]);
  });
});

describe('reports (art. 25–26)', () => {
  const untracked = { hasServices: true, analysesDone: null, annualReportsDone: null };

  it('owes the semi-annual analysis on 30 June and 31 December, not tracked as done yet', () => {
    const items = semiAnnualAnalyses(untracked, ctx('2026-07-01'));
    expect(items.map((i) => [i.key, i.dueOn, i.status, i.tracked])).toEqual([
      ['semiannual_analysis:2026-H1', '2026-06-30', 'overdue', false],
      ['semiannual_analysis:2026-H2', '2026-12-31', 'upcoming', false],
    ]);
  });

  it('marks an analysis done once a later source records it', () => {
    const items = semiAnnualAnalyses({ ...untracked, analysesDone: ['2026-H1'] }, ctx('2026-07-01'));
    expect(items.map((i) => [i.status, i.tracked])).toEqual([
      ['done', true],
      ['upcoming', true],
    ]);
  });

  it('owes the annual report of the previous year by 31 March', () => {
    const items = annualReports(untracked, ctx('2026-03-25', '2025-06-01', '2027-06-01'));
    expect(items.map((i) => [i.key, i.dueOn, i.status])).toEqual([
      ['annual_report:2025', '2026-03-31', 'due'],
      ['annual_report:2026', '2027-03-31', 'upcoming'],
    ]);
    expect(items[0]?.title.bg).toContain('Годишен отчет за 2025 г.');
    expect(items[0]).toMatchObject({ kind: 'annual_report', target: null });
  });

  it('owes nothing when there is no service', () => {
    expect(semiAnnualAnalyses({ ...untracked, hasServices: false }, ctx('2026-07-01'))).toEqual([]);
    expect(annualReports({ ...untracked, hasServices: false }, ctx('2026-07-01'))).toEqual([]);
  });
});

describe('programme reviews (art. 20(1)) and document reviews', () => {
  it('owes a review in every year of a programme’s period, the last cut at its end', () => {
    const items = programmeReviews(
      {
        programmes: [
          {
            id: 'p1',
            title: 'Програма 2026–2027',
            serviceId: null,
            periodStart: '2026-04-01',
            periodEnd: '2027-12-31',
            reviews: ['2027-02-10'],
          },
        ],
      },
      ctx('2027-04-15', '2026-01-01', '2027-12-31'),
    );
    expect(items.map((i) => [i.key, i.dueOn, i.status])).toEqual([
      ['programme_review:p1:1', '2027-03-31', 'done'],
      ['programme_review:p1:2', '2027-12-31', 'upcoming'],
    ]);
    expect(items[0]?.target).toEqual({ type: 'programme', id: 'p1' });
  });

  it('ends the first year of a programme started on 29 February on 28 February, not a day early', () => {
    const items = programmeReviews(
      {
        programmes: [
          {
            id: 'p2',
            title: 'Програма от високосен ден',
            serviceId: null,
            periodStart: '2024-02-29',
            periodEnd: '2026-12-31',
            reviews: ['2025-02-28'],
          },
        ],
      },
      ctx('2025-03-10', '2024-01-01', '2026-12-31'),
    );
    expect(items.map((i) => [i.key, i.dueOn, i.status])).toEqual([
      ['programme_review:p2:1', '2025-02-28', 'done'],
      ['programme_review:p2:2', '2026-02-28', 'upcoming'],
      ['programme_review:p2:3', '2026-12-31', 'upcoming'],
    ]);
  });

  it('owes a document’s review on its next review date', () => {
    const items = documentReviews(
      {
        documents: [
          { id: 'd1', title: 'План при бедствия', serviceId: null, nextReviewOn: '2026-02-01' },
          { id: 'd2', title: 'Без дата', serviceId: null, nextReviewOn: null },
          { id: 'd3', title: 'Извън прозореца', serviceId: null, nextReviewOn: '2030-01-01' },
        ],
      },
      ctx('2026-03-01'),
    );
    expect(items.map((i) => [i.key, i.status])).toEqual([['document_review:d1:2026-02-01', 'overdue']]);
    expect(items[0]?.title.bg).toBe('Преглед на документа „План при бедствия“ (до 01.02.2026)');
  });
});

describe('the staff register’s deadlines', () => {
  const staffService = {
    id: S,
    name: 'ЦОП Монтана',
    since: '2026-02-01',
    groupSupervisions: ['2026-03-20', '2026-08-05'],
    years: { '2026': { staff: 3, trained: 2, appraised: 3 } },
  };

  it('asks for a group supervision every quarter since the first person took up post', () => {
    const items = groupSupervisions({ services: [staffService] }, ctx('2026-11-23'));
    expect(items.map((i) => [i.dueOn, i.status])).toEqual([
      ['2026-03-31', 'done'],
      ['2026-06-30', 'overdue'],
      ['2026-09-30', 'done'],
      ['2026-12-31', 'upcoming'],
    ]);
    expect(items[0]?.title.bg).toBe('Групова супервизия за 1-во тримесечие на 2026 г. — ЦОП Монтана');
  });

  it('counts the year’s specialised training and appraisals by 31 December, naming no employee', () => {
    const items = yearlyStaffDevelopment({ services: [staffService] }, ctx('2026-12-28'));
    expect(items.map((i) => [i.kind, i.dueOn, i.status])).toEqual([
      ['specialised_training', '2026-12-31', 'due'],
      ['appraisal', '2026-12-31', 'done'],
    ]);
    expect(items[0]?.title.bg).toBe(
      'Специализирано обучение на служителите за 2026 г. (2 от 3) — ЦОП Монтана',
    );
  });
});
