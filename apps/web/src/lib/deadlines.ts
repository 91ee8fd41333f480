import { resolve } from '$app/paths';

/** What the API says an item is about: its kind, its service, and the one record it concerns, if any. */
export interface DeadlineSubject {
  kind: string;
  serviceId: string | null;
  target: { type: 'programme' | 'inspection'; id: string } | null;
}

/**
 * Where in the web app a deadline's work is done. The API says what the item is; the pages are the web app's, so the
 * mapping lives here (an unknown kind goes to the deadlines page).
 */
export function deadlineHref(tenantId: string, item: DeadlineSubject): string {
  if (item.target?.type === 'programme')
    return resolve('/t/[tenantId]/programme/[programmeId]', { tenantId, programmeId: item.target.id });
  if (item.target?.type === 'inspection')
    return resolve('/t/[tenantId]/inspections/[inspectionId]', { tenantId, inspectionId: item.target.id });
  switch (item.kind) {
    case 'periodic_check':
      return resolve('/t/[tenantId]/assessments', { tenantId });
    case 'team_meeting':
    case 'head_meeting':
      return resolve('/t/[tenantId]/meetings', { tenantId });
    case 'semiannual_analysis':
    case 'annual_report':
      return resolve('/t/[tenantId]/reports', { tenantId });
    case 'document_review':
      return resolve('/t/[tenantId]/documents', { tenantId });
    case 'periodic_inspection':
      return resolve('/t/[tenantId]/inspections', { tenantId });
    case 'specialised_training':
    case 'appraisal':
    case 'group_supervision':
      return item.serviceId
        ? resolve('/t/[tenantId]/staff/[serviceId]', { tenantId, serviceId: item.serviceId })
        : resolve('/t/[tenantId]/staff', { tenantId });
    default:
      return resolve('/t/[tenantId]/deadlines', { tenantId });
  }
}
