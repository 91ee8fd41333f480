import { m } from '#lib/paraglide/messages.js';
import type { FormProblem } from '#lib/forms.ts';

export function reportKindName(kind: string): string {
  return kind === 'annual_report' ? m.report_kind_annual() : m.report_kind_semi_annual();
}

export function reportStatusName(status: string): string {
  return status === 'submitted' ? m.report_status_submitted() : m.report_status_draft();
}

/** A score's bar on a document page: its width as a share of the track, 0–100 %. */
export const barStyle = (value: number | null): string => `width: ${Math.max(0, Math.min(100, value ?? 0))}%`;

/**
 * What a document page's refused action handed back: its problem, and for the texts form what was typed (so the
 * page shows it again instead of the saved texts).
 */
export function documentForm(form: { problem?: FormProblem } | null | undefined): {
  problem: FormProblem | undefined;
  values: Record<string, string>;
} {
  const values = form && 'values' in form ? (form.values as Record<string, string> | undefined) : undefined;
  return { problem: form?.problem, values: values ?? {} };
}
