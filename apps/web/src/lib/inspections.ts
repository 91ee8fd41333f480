import { m } from '#lib/paraglide/messages.js';
import { names } from '#lib/labels.ts';

/** Names of the inspection's kinds, reasons and states (art. 30–33) in the current language. */
export function inspectionKindName(kind: 'periodic' | 'extraordinary'): string {
  return kind === 'periodic' ? m.inspection_kind_periodic() : m.inspection_kind_extraordinary();
}

export const reasonName = names<'plan' | 'need' | 'complaint' | 'own_initiative'>({
  plan: m.inspection_reason_plan,
  need: m.inspection_reason_need,
  complaint: m.inspection_reason_complaint,
  own_initiative: m.inspection_reason_own_initiative,
});

export const inspectionStatusName = names<'ordered' | 'in_progress' | 'signing' | 'signed'>({
  ordered: m.inspection_status_ordered,
  in_progress: m.inspection_status_in_progress,
  signing: m.inspection_status_signing,
  signed: m.inspection_status_signed,
});

export const planStateName = names<'overdue' | 'due' | 'ok' | 'ordered'>({
  overdue: m.inspection_plan_overdue,
  due: m.inspection_plan_due,
  ok: m.inspection_plan_ok,
  ordered: m.inspection_plan_ordered,
});

export const FINDINGS = ['met', 'partly_met', 'not_met', 'not_applicable'] as const;
export type Finding = (typeof FINDINGS)[number];
