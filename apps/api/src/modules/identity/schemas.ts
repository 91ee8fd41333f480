import { Type } from 'typebox';

export const Email = Type.String({ format: 'email', maxLength: 254, default: 'someone@example.org' });
export const Password = Type.String({ minLength: 1, maxLength: 256, default: 'x' });
export const Locale = Type.Union([Type.Literal('bg'), Type.Literal('en'), Type.Literal('uk')], {
  default: 'bg',
});
export const RoleSchema = Type.Union(
  [
    Type.Literal('admin'),
    Type.Literal('quality_lead'),
    Type.Literal('staff'),
    Type.Literal('inspector'),
    Type.Literal('viewer'),
  ],
  { default: 'viewer' },
);
export const TenantKindSchema = Type.Union(
  [Type.Literal('provider'), Type.Literal('municipality'), Type.Literal('agency')],
  {
    default: 'municipality',
  },
);
export const Uuid = Type.String({ format: 'uuid' });
export const DateTime = Type.String({ format: 'date-time' });

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
