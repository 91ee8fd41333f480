import { Type } from 'typebox';
import { DateTime, RoleSchema, TenantKindSchema, Uuid } from '../identity/schemas.ts';

export const TenantParams = Type.Object({ tenantId: Uuid });
export const TenantSchema = Type.Object(
  {
    id: Uuid,
    kind: TenantKindSchema,
    legalName: Type.String(),
    eik: Type.String(),
    address: Type.Union([Type.String(), Type.Null()]),
    contactEmail: Type.Union([Type.String(), Type.Null()]),
  },
  { $id: 'Tenant' },
);
export const MemberSchema = Type.Object(
  {
    id: Uuid,
    userId: Uuid,
    displayName: Type.String(),
    email: Type.String(),
    role: RoleSchema,
    since: DateTime,
  },
  { $id: 'Member' },
);
export const InvitationSchema = Type.Object(
  {
    id: Uuid,
    email: Type.String(),
    role: RoleSchema,
    expiresAt: DateTime,
    acceptedAt: Type.Union([DateTime, Type.Null()]),
    revokedAt: Type.Union([DateTime, Type.Null()]),
  },
  { $id: 'Invitation' },
);
export const ContractSchema = Type.Object(
  {
    id: Uuid,
    municipalityTenantId: Uuid,
    municipalityName: Type.String({ description: 'From the public tenant directory' }),
    providerTenantId: Uuid,
    providerName: Type.String({ description: 'From the public tenant directory' }),
    providerEik: Type.String(),
    serviceId: Type.Union([Uuid, Type.Null()], {
      description: 'Null until the provider, accepting, names which of its services the contract is for',
    }),
    serviceDescription: Type.Union([Type.String(), Type.Null()], {
      description: "The service as the municipality's contract describes it",
    }),
    basis: Type.String(),
    startsOn: Type.String({ format: 'date' }),
    endsOn: Type.String({ format: 'date' }),
    status: Type.Union([
      Type.Literal('proposed'),
      Type.Literal('active'),
      Type.Literal('declined'),
      Type.Literal('ended'),
    ]),
    createdAt: DateTime,
    decidedAt: Type.Union([DateTime, Type.Null()]),
  },
  { $id: 'Contract' },
);
export const AuditEntrySchema = Type.Object(
  {
    seq: Type.Integer(),
    occurredAt: DateTime,
    actorUserId: Type.Union([Uuid, Type.Null()]),
    requestId: Type.Union([Type.String(), Type.Null()]),
    entity: Type.String(),
    entityId: Type.String(),
    action: Type.Union([Type.Literal('insert'), Type.Literal('update'), Type.Literal('delete')]),
    before: Type.Unknown(),
    after: Type.Unknown(),
    hash: Type.String(),
  },
  { $id: 'AuditEntry' },
);
