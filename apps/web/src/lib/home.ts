import { resolve } from '$app/paths';
import type { components } from '@mera/api-client';

export type DocumentTarget = NonNullable<components['schemas']['Home']['documents']>[number]['target'];

/**
 * Where a document on the home page opens. The API says what the notice is about; the pages are the web app's, so
 * the mapping lives here (as deadlineHref does for deadlines).
 */
export function documentHref(tenantId: string, target: DocumentTarget): string {
  switch (target.type) {
    case 'programme':
      return resolve('/t/[tenantId]/programme/[programmeId]', { tenantId, programmeId: target.id });
    case 'received_programme':
      return resolve('/t/[tenantId]/inbox/[programmeId]', { tenantId, programmeId: target.id });
    case 'report':
      return resolve('/t/[tenantId]/reports/[reportId]', { tenantId, reportId: target.id });
    case 'inspection':
      return resolve('/t/[tenantId]/inspections/[inspectionId]', { tenantId, inspectionId: target.id });
  }
}
