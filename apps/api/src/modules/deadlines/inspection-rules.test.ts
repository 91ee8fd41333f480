import { describe, expect, it } from 'vitest';
import { sofiaDate } from '@mera/calendar';
import {
  inspectionForwarding,
  inspectionPrescriptions,
  inspectionReportDue,
  inspectionReports,
  periodicInspections,
  type InspectionFact,
  type InspectionFacts,
} from './inspection-rules.ts';
import type { RuleContext } from './rules.ts';

const T = '0190a000-0000-7000-8000-000000000002';
const S = '0190a000-0000-7000-8000-0000000000b1';
const ctx = (today: string, from = '2026-01-01', to = '2026-12-31'): RuleContext => ({
  tenantId: T,
  today,
  from,
  to,
});
const inspection = (over: Partial<InspectionFact> = {}): InspectionFact => ({
  id: 'i1',
  serviceId: S,
  serviceName: 'ЦОП Габрово',
  orderNumber: 'РД-09-77',
  reportDueOn: '2026-04-06',
  completedOn: null,
  signed: false,
  mayorReceivedOn: null,
  needsForwarding: false,
  forwarded: false,
  ...over,
});
const facts = (over: Partial<InspectionFacts>): InspectionFacts => ({
  side: 'municipality',
  services: [],
  inspections: [],
  prescriptions: [],
  ...over,
});

describe('inspection deadlines in Europe/Sofia', () => {
  it('asks for a periodic inspection two years after the last one, or after the contract began (art. 30(2))', () => {
    const service = {
      serviceId: S,
      serviceName: 'ЦОП Габрово',
      contractStartsOn: '2024-03-29',
      lastInspectedOn: null,
      inspectionOpen: false,
    };
    const [item] = periodicInspections(facts({ services: [service] }), ctx('2026-03-20'));
    expect(item).toMatchObject({ dueOn: '2026-03-29', status: 'upcoming', kind: 'periodic_inspection' });
    // Inspected since: the next one is two years after that inspection ended.
    expect(
      periodicInspections(
        facts({ services: [{ ...service, lastInspectedOn: '2025-10-25' }] }),
        ctx('2026-03-20', '2026-01-01', '2027-12-31'),
      )[0]?.dueOn,
    ).toBe('2027-10-25');
    // Long overdue and not ordered: shown whatever the window; once ordered, answered.
    const overdue = periodicInspections(
      facts({ services: [{ ...service, contractStartsOn: '2020-01-01' }] }),
      ctx('2026-06-01', '2026-06-01', '2026-09-01'),
    );
    expect(overdue[0]).toMatchObject({ dueOn: '2022-01-01', status: 'overdue' });
    expect(
      periodicInspections(
        facts({ services: [{ ...service, contractStartsOn: '2020-01-01', inspectionOpen: true }] }),
        ctx('2026-06-01', '2026-06-01', '2026-09-01'),
      ),
    ).toEqual([]);
  });

  it('gives the report 10 calendar days from the end of the inspection across the spring change (art. 33(1))', () => {
    // On-site work ended on Friday 27 March 2026; clocks go forward on Sunday 29 March (a 23-hour day).
    expect(inspectionReportDue({ reportDueOn: '2026-04-06', completedOn: '2026-03-27' })).toBe('2026-04-06');
    // Ended earlier than planned: the legal 10 days come first.
    expect(inspectionReportDue({ reportDueOn: '2026-04-06', completedOn: '2026-03-24' })).toBe('2026-04-03');
    // The inspectors look at the list at 00:30 on 3 April Sofia time (21:30 UTC the day before): due today.
    const today = sofiaDate(new Date('2026-04-02T21:30:00Z'));
    expect(today).toBe('2026-04-03');
    const [item] = inspectionReports(
      facts({ inspections: [inspection({ completedOn: '2026-03-24' })] }),
      ctx(today),
    );
    expect(item).toMatchObject({ dueOn: '2026-04-03', status: 'due' });
    expect(
      inspectionReports(
        facts({ inspections: [inspection({ completedOn: '2026-03-24' })] }),
        ctx('2026-04-04'),
      )[0]?.status,
    ).toBe('overdue');
    expect(
      inspectionReports(
        facts({ inspections: [inspection({ completedOn: '2026-03-24', signed: true })] }),
        ctx('2026-04-04'),
      )[0]?.status,
    ).toBe('done');
  });

  it('gives the agency letter 3 days from the mayor’s receipt across the autumn change (art. 34)', () => {
    // Signed at 23:30 on Sunday 25 October 2026 Sofia time (a 25-hour day; 21:30 UTC): received that day.
    const received = sofiaDate(new Date('2026-10-25T21:30:00Z'));
    expect(received).toBe('2026-10-25');
    const signed = inspection({ signed: true, mayorReceivedOn: received, needsForwarding: true });
    const [item] = inspectionForwarding(facts({ inspections: [signed] }), ctx('2026-10-26'));
    expect(item).toMatchObject({ dueOn: '2026-10-28', status: 'due', kind: 'inspection_forwarding' });
    expect(inspectionForwarding(facts({ inspections: [signed] }), ctx('2026-10-29'))[0]?.status).toBe(
      'overdue',
    );
    expect(
      inspectionForwarding(facts({ inspections: [{ ...signed, forwarded: true }] }), ctx('2026-10-29'))[0]
        ?.status,
    ).toBe('done');
    // Nothing to forward without non-conformities.
    expect(
      inspectionForwarding(
        facts({ inspections: [{ ...signed, needsForwarding: false }] }),
        ctx('2026-10-26'),
      ),
    ).toEqual([]);
  });

  it('lists the prescriptions with their deadlines, for the provider too', () => {
    const prescription = {
      id: 'p1',
      inspectionId: 'i1',
      serviceId: S,
      serviceName: 'ЦОП Габрово',
      text: 'Въвеждащо обучение',
      dueOn: '2026-07-31',
      done: false,
    };
    const [item] = inspectionPrescriptions(
      facts({ side: 'provider', prescriptions: [prescription] }),
      ctx('2026-08-01'),
    );
    expect(item).toMatchObject({ status: 'overdue', target: { type: 'inspection', id: 'i1' } });
    expect(item?.title.bg).toContain('Въвеждащо обучение');
  });
});
