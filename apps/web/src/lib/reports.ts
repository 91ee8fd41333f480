import { m } from '#lib/paraglide/messages.js';

export function reportKindName(kind: string): string {
  return kind === 'annual_report' ? m.report_kind_annual() : m.report_kind_semi_annual();
}

export function reportStatusName(status: string): string {
  return status === 'submitted' ? m.report_status_submitted() : m.report_status_draft();
}

/** A score's bar on a document page: its width as a share of the track, 0–100 %. */
export const barStyle = (value: number | null): string => `width: ${Math.max(0, Math.min(100, value ?? 0))}%`;
