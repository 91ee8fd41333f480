import type { components, paths } from '@mera/api-client';

/** The logged-in person as `GET /api/v1/me` describes them. */
export type Person = paths['/api/v1/me']['get']['responses'][200]['content']['application/json'];
export type MembershipSummary = components['schemas']['MembershipSummary'];
export type Role = components['schemas']['Member']['role'];
export type Member = components['schemas']['Member'];
export type Invitation = components['schemas']['Invitation'];
export type AuditEntry = components['schemas']['AuditEntry'];

export const ROLES: readonly Role[] = ['admin', 'quality_lead', 'staff', 'inspector', 'viewer'];

/** A standard of an annex with its criteria, as a form offers them for choosing a check's or inspection's scope. */
export interface ScopeStandard {
  id: string;
  key: string;
  title: string;
  criteria: { id: string; key: string; statement: string }[];
}
