import { expect, it } from 'vitest';
import { permissionsOf } from './permissions.ts';

it('gives each role exactly these rights', () => {
  expect(permissionsOf('admin')).toEqual([
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
  ]);
  expect(permissionsOf('quality_lead')).toEqual([
    'tenant.read',
    'members.read',
    'services.read',
    'services.manage',
    'contracts.read',
    'oversight.read',
  ]);
  expect(permissionsOf('staff')).toEqual(['tenant.read', 'members.read', 'services.read']);
  expect(permissionsOf('inspector')).toEqual([
    'tenant.read',
    'members.read',
    'services.read',
    'contracts.read',
    'oversight.read',
  ]);
  expect(permissionsOf('viewer')).toEqual([
    'tenant.read',
    'members.read',
    'services.read',
    'contracts.read',
    'oversight.read',
  ]);
});
