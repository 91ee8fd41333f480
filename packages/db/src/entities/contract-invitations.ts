import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { tenantKey, createdNow, oneOf, term } from './columns.ts';
import { CONTRACT_FUNDING } from './commissioning.ts';

export const PROVIDER_INVITATION_STATUSES = ['pending', 'used', 'cancelled'] as const;
export type ProviderInvitationStatus = (typeof PROVIDER_INVITATION_STATUSES)[number];

/**
 * A contract proposal to a provider that is not on Mera yet: owned by the municipality; the e-mailed sign-up link's
 * secret is stored only as a SHA-256 hash. Signing up through it with the same ЕИК proposes the contract.
 */
export const ProviderInvitation = defineEntity({
  name: 'ProviderInvitation',
  tableName: 'provider_invitation',
  properties: {
    ...tenantKey(),
    eik: p.text(),
    email: p.text(),
    serviceDescription: p.text(),
    basis: p.text(),
    ...term(),
    funding: oneOf(CONTRACT_FUNDING).nullable(),
    yearlyAmountEur: p.decimal().precision(12).scale(2).nullable(),
    tokenHash: p.text(),
    expiresAt: p.datetime(),
    status: oneOf(PROVIDER_INVITATION_STATUSES).default('pending'),
    invitedBy: p.uuid().nullable(),
    createdAt: createdNow(),
    sentAt: createdNow(),
    usedAt: p.datetime().nullable(),
    providerTenantId: p.uuid().nullable(),
    contractId: p.uuid().nullable(),
    version: p.integer().version(),
  },
});
export type ProviderInvitation = InferEntity<typeof ProviderInvitation>;

export const COMMENT_TARGETS = ['report', 'programme'] as const;
export type CommentTarget = (typeof COMMENT_TARGETS)[number];

/** The municipality's comment on a provider's submitted report or programme. Append-only. */
export const ReceivedComment = defineEntity({
  name: 'ReceivedComment',
  tableName: 'received_comment',
  properties: {
    ...tenantKey(),
    targetKind: oneOf(COMMENT_TARGETS),
    targetTenantId: p.uuid(),
    targetId: p.uuid(),
    body: p.text(),
    authorId: p.uuid().nullable(),
    createdAt: createdNow(),
  },
});
export type ReceivedComment = InferEntity<typeof ReceivedComment>;
