import { Type } from 'typebox';
import { DateTime, Locale, RoleSchema, TenantKindSchema, Uuid } from '../../shared/http-schemas.ts';

export const SessionSchema = Type.Object(
  {
    accessToken: Type.String(),
    accessTokenExpiresAt: DateTime,
    refreshToken: Type.String(),
    refreshTokenExpiresAt: DateTime,
  },
  { $id: 'Session' },
);

export const MembershipSummary = Type.Object(
  {
    membershipId: Uuid,
    tenantId: Uuid,
    tenantName: Type.String(),
    tenantKind: TenantKindSchema,
    role: RoleSchema,
    permissions: Type.Array(Type.String()),
  },
  { $id: 'MembershipSummary' },
);

export const Me = Type.Object(
  {
    id: Uuid,
    email: Type.String(),
    displayName: Type.String(),
    locale: Locale,
    isOperator: Type.Boolean(),
    memberships: Type.Array(MembershipSummary),
  },
  { $id: 'Me' },
);
