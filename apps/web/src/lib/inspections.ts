import { m } from '#lib/paraglide/messages.js';

/** Names of the inspection's kinds, reasons and states (art. 30–33) in the current language. */
export function inspectionKindName(kind: 'periodic' | 'extraordinary'): string {
  return kind === 'periodic' ? m.inspection_kind_periodic() : m.inspection_kind_extraordinary();
}

export function reasonName(reason: 'plan' | 'need' | 'complaint' | 'own_initiative'): string {
  return {
    plan: m.inspection_reason_plan,
    need: m.inspection_reason_need,
    complaint: m.inspection_reason_complaint,
    own_initiative: m.inspection_reason_own_initiative,
  }[reason]();
}

export function inspectionStatusName(status: 'ordered' | 'in_progress' | 'signing' | 'signed'): string {
  return {
    ordered: m.inspection_status_ordered,
    in_progress: m.inspection_status_in_progress,
    signing: m.inspection_status_signing,
    signed: m.inspection_status_signed,
  }[status]();
}

export function planStateName(state: 'overdue' | 'due' | 'ok' | 'ordered'): string {
  return {
    overdue: m.inspection_plan_overdue,
    due: m.inspection_plan_due,
    ok: m.inspection_plan_ok,
    ordered: m.inspection_plan_ordered,
  }[state]();
}

export const FINDINGS = ['met', 'partly_met', 'not_met', 'not_applicable'] as const;
export type Finding = (typeof FINDINGS)[number];
