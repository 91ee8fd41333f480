import type { CalendarQuarter } from '@mera/calendar';
import type { DeadlineSummary, DueItem } from '../deadlines/index.ts';
import type { Onboarding } from './onboarding.ts';

/** How many quarters the score trend covers: this one and the four before it (a year and the running quarter). */
export const TREND_QUARTERS = 5;
/** What counts as new: answers and documents of the last 30 days. */
export const RECENT_DAYS = 30;
/** The most urgent deadlines listed on the home page; the rest are counted and one click away. */
export const URGENT_LIMIT = 6;

export interface TrendPoint {
  /** `2026-Q3` */
  quarter: string;
  /** The score of the quarter's last completed check, 0–100; null when no check was completed in it. */
  score: number | null;
}

export interface ServiceState {
  serviceId: string;
  serviceName: string;
  /** The provider's name, on a municipality's home; null on the provider's own. */
  providerName: string | null;
  latestScore: number | null;
  latestCheckOn: string | null;
  /** The latest score minus the one before it (points); null without two scored checks. */
  change: number | null;
  trend: TrendPoint[];
  /** The Ordinance's rules on the service's facts that are not met. */
  rulesFailed: number;
  /** The municipality's next periodic inspection of the service is due by (art. 30(2)); null on a provider's home. */
  inspectionDueBy: string | null;
  inspectionOverdue: boolean;
}

export interface CheckInProgress {
  id: string;
  title: string;
  serviceName: string;
  kind: 'periodic' | 'self_assessment';
  startedOn: string | null;
  answered: number;
  total: number;
}

export interface InspectionState {
  id: string;
  serviceName: string;
  providerName: string;
  orderNumber: string;
  status: 'ordered' | 'in_progress' | 'signing' | 'signed';
  startsOn: string;
  endsOn: string;
  reportDueOn: string;
  answered: number;
  total: number;
}

/**
 * What a document notice is about. The API says what, the web app decides where it links (as for deadlines): a
 * programme received by a municipality is the one submitted to it, the others are the tenant's own records or, for
 * an inspection report, the municipality's inspection of the provider's service.
 */
export interface DocumentTarget {
  type: 'programme' | 'received_programme' | 'report' | 'inspection';
  id: string;
}

export interface DocumentNotice {
  kind: 'programme' | 'report' | 'comment' | 'inspection_report';
  id: string;
  title: string;
  serviceName: string | null;
  /** Who sent it (the provider, for a municipality; the municipality, for a provider); null for one's own. */
  from: string | null;
  /** `submitted` (waiting for the municipality's decision), `agreed`, `changes_requested`, `received`, `signed`. */
  status: string;
  on: string;
  /** The record it is about (for a comment: the report or programme commented on). */
  target: DocumentTarget;
}

export interface Home {
  today: string;
  tenantKind: 'provider' | 'municipality' | 'agency';
  deadlines:
    | (DeadlineSummary & {
        /** What is overdue, by kind: how many and since when — the most urgent (the longest waiting) first. */
        overdueByKind: { kind: string; count: number; firstDue: string }[];
        /** Due within 7 days, soonest first, at most URGENT_LIMIT. */
        dueSoon: DueItem[];
      })
    | null;
  checks: CheckInProgress[] | null;
  inspections: InspectionState[] | null;
  quarters: string[];
  services: ServiceState[] | null;
  feedback: {
    days: number;
    total: number;
    surveys: {
      id: string;
      title: { bg: string; en: string; uk: string };
      serviceName: string;
      answers: number;
    }[];
  } | null;
  documents: DocumentNotice[] | null;
  /** A new provider's first steps and how far it is along them; null when done or not the person's to take. */
  onboarding: Onboarding | null;
}

/** The periods the parts of the home page read. */
export interface HomeWindow {
  today: string;
  /** The first day of the score trend's oldest quarter. */
  trendSince: string;
  /** Answers and documents since this day are new. */
  recentSince: string;
  quarters: CalendarQuarter[];
}
