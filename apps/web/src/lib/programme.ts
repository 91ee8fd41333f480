import type { components } from '@mera/api-client';
import { m } from '#lib/paraglide/messages.js';
import { names } from '#lib/labels.ts';
import type { FormProblem } from '#lib/forms.ts';

export type MeetingYear = components['schemas']['MeetingYear'];
export type Meeting = components['schemas']['Meeting'];
export type Programme = components['schemas']['Programme'];
export type ProgrammeSummary = components['schemas']['ProgrammeSummary'];
export type Measure = components['schemas']['ProgrammeMeasure'];
export type ProgrammeCategory = components['schemas']['ProgrammeCategory'];
export type MeetingKind = Meeting['kind'];
export type MeasureStatus = Measure['status'];
export type ProgrammeStatus = Programme['status'];

export const MEETING_KINDS: readonly MeetingKind[] = ['team', 'with_head'];
export const MEASURE_STATUSES: readonly MeasureStatus[] = ['planned', 'in_progress', 'done', 'cancelled'];

export function meetingKindName(kind: MeetingKind): string {
  return kind === 'team' ? m.meeting_kind_team() : m.meeting_kind_with_head();
}

export const measureStatusName = names<MeasureStatus>({
  planned: m.measure_status_planned,
  in_progress: m.measure_status_in_progress,
  done: m.measure_status_done,
  cancelled: m.measure_status_cancelled,
});

export const programmeStatusName = names<ProgrammeStatus>({
  draft: m.programme_status_draft,
  submitted: m.programme_status_submitted,
  agreed: m.programme_status_agreed,
  changes_requested: m.programme_status_changes_requested,
});

/** A programme's content can change only while the provider holds the pen. */
export const isEditable = (status: ProgrammeStatus) => status === 'draft' || status === 'changes_requested';

type Locale = 'bg' | 'en' | 'uk';

export function categoryShort(categories: ProgrammeCategory[], number: number, locale: Locale): string {
  const category = categories.find((c) => c.number === number);
  return category ? `${number}. ${category.short[locale] ?? category.short.bg}` : String(number);
}

/** `2026-03` as the month's name in the reader's language. */
export function monthName(month: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { month: 'long' }).format(new Date(`${month}-15T12:00:00Z`));
}

/** A programme's state as the municipality's inbox names it (submitted, agreed, changes requested). */
export const inboxStatusName = (status: string): string =>
  ({
    submitted: m.inbox_status_submitted(),
    agreed: m.inbox_status_agreed(),
    changes_requested: m.inbox_status_changes_requested(),
  })[status] ?? status;

/** The measure form's labels, for its fields and for the error summary that links to them. */
export const measureLabels = () => ({
  category: m.measure_field_category(),
  title: m.measure_field_title(),
  finding: m.measure_field_finding(),
  responsibleUserId: m.measure_field_responsible(),
  deadline: m.measure_field_deadline(),
  indicatorId: m.measure_field_indicator(),
});

/**
 * The programme page's refused form, if it is the one asked about (`action`, and for a measure's forms that
 * measure's): what was typed and the problem. Several forms share the page; only the refused one shows them.
 */
export function refusedForm(form: unknown, action: string, measureId?: string) {
  if (
    !form ||
    typeof form !== 'object' ||
    !('problem' in form) ||
    !('action' in form) ||
    form.action !== action
  )
    return undefined;
  if (measureId !== undefined && (form as { measureId?: string }).measureId !== measureId) return undefined;
  return form as unknown as { values: Record<string, string>; problem: FormProblem };
}
