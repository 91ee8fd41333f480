import { m } from '#lib/paraglide/messages.js';

export function reportKindName(kind: string): string {
  return kind === 'annual_report' ? m.report_kind_annual() : m.report_kind_semi_annual();
}

export function reportStatusName(status: string): string {
  return status === 'submitted' ? m.report_status_submitted() : m.report_status_draft();
}
