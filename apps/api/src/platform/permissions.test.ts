import { expect, it } from 'vitest';
import { permissionsOf } from './permissions.ts';

const ADMIN = [
  'tenant.read',
  'tenant.manage',
  'members.read',
  'members.manage',
  'invitations.manage',
  'audit.read',
  'services.read',
  'services.manage',
  'contracts.read',
  'contracts.manage',
  'oversight.read',
  'monitoring.manage',
  'received.comment',
  'meetings.read',
  'meetings.manage',
  'programme.read',
  'programme.manage',
  'programme.progress',
  'evidence.read',
  'evidence.manage',
  'assessments.read',
  'assessments.manage',
  'assessments.fill',
  'reports.read',
  'reports.manage',
  'staff.read',
  'staff.manage',
  'surveys.read',
  'surveys.manage',
  'inspections.read',
  'inspections.manage',
  'inspections.conduct',
  'deadlines.read',
];

const RUNS_THE_ORGANISATION = [
  'tenant.manage',
  'members.manage',
  'invitations.manage',
  'audit.read',
  'contracts.manage',
];

it('gives each role exactly these rights', () => {
  expect(permissionsOf('admin')).toEqual(ADMIN);
  // The quality lead does all an admin does but run the organisation itself: its settings, people, audit and contracts.
  expect(permissionsOf('quality_lead')).toEqual(ADMIN.filter((p) => !RUNS_THE_ORGANISATION.includes(p)));
  expect(permissionsOf('staff')).toEqual([
    'tenant.read',
    'members.read',
    'services.read',
    'meetings.read',
    'meetings.manage',
    'programme.read',
    'programme.progress',
    'evidence.read',
    'evidence.manage',
    'assessments.read',
    'assessments.fill',
    'reports.read',
    'staff.read',
    'surveys.read',
    'inspections.read',
    'deadlines.read',
  ]);
  expect(permissionsOf('inspector')).toEqual([
    'tenant.read',
    'members.read',
    'services.read',
    'contracts.read',
    'oversight.read',
    'received.comment',
    'meetings.read',
    'programme.read',
    'evidence.read',
    'assessments.read',
    'reports.read',
    'inspections.read',
    'inspections.conduct',
    'deadlines.read',
  ]);
  expect(permissionsOf('viewer')).toEqual([
    'tenant.read',
    'members.read',
    'services.read',
    'contracts.read',
    'oversight.read',
    'meetings.read',
    'programme.read',
    'evidence.read',
    'assessments.read',
    'reports.read',
    'staff.read',
    'surveys.read',
    'inspections.read',
    'deadlines.read',
  ]);
});
