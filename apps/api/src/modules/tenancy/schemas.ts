import type { Tenant } from '@mera/db';
import { Type } from 'typebox';
import { DateTime, RoleSchema, TenantKindSchema, Uuid } from '../../shared/http-schemas.ts';
import { DateOnly } from '../../shared/input-schemas.ts';

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
export const ContractFundingSchema = Type.Union(
  [Type.Literal('state_delegated'), Type.Literal('municipal'), Type.Literal('mixed')],
  {
    description: 'state_delegated: a state-delegated activity; municipal: a municipal activity; mixed: both',
  },
);
/** One JSON type (string or null), so `null` is not coerced into a string first. */
export const ContractFundingInput = Type.Unsafe<'state_delegated' | 'municipal' | 'mixed' | null>({
  type: ['string', 'null'],
  enum: ['state_delegated', 'municipal', 'mixed', null],
  description: 'How the service is financed; null when not stated',
});
/** Euro a year (numeric(12,2)); one JSON type, so `null` stays null under coerceTypes. */
export const YearlyAmountInput = Type.Unsafe<number | null>({
  type: ['number', 'null'],
  minimum: 0,
  maximum: 999999999.99,
  description: 'The contract’s yearly amount in euro, at most two decimals; null when not stated',
});

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
    startsOn: DateOnly(),
    endsOn: DateOnly(),
    funding: Type.Union([ContractFundingSchema, Type.Null()], {
      description: 'How the service is financed (Social Services Act): state-delegated, municipal or both',
    }),
    yearlyAmountEur: Type.Union([Type.Number(), Type.Null()], { description: 'Euro a year' }),
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
    description: Type.Object(
      { bg: Type.String(), en: Type.String(), uk: Type.String() },
      {
        description:
          'What happened, in people\'s words: who did what to which record ("Мария Демова промени резултата на индикатор 27 в проверката …")',
      },
    ),
  },
  { $id: 'AuditEntry' },
);

/** A tenant as `TenantSchema` shows it. */
export function tenantView(t: Tenant) {
  return {
    id: t.id,
    kind: t.kind,
    legalName: t.legalName,
    eik: t.eik,
    address: t.address ?? null,
    contactEmail: t.contactEmail ?? null,
  };
}
