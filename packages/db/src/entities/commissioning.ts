import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { tenantKey, createdNow, versioned, oneOf, term } from './columns.ts';

export const FINANCING = ['state_delegated', 'municipal', 'own'] as const;
export type Financing = (typeof FINANCING)[number];

/** A social service a provider delivers. Tenant-owned (the provider's). */
export const Service = defineEntity({
  name: 'Service',
  tableName: 'service',
  properties: {
    ...tenantKey(),
    name: p.text(),
    pluginCode: p.text(),
    variantKey: p.text(),
    legacyCentreType: p.text().nullable(),
    address: p.text().nullable(),
    municipality: p.text().nullable(),
    capacity: p.integer().nullable(),
    currentUsers: p.integer().nullable(),
    financing: oneOf(FINANCING).nullable(),
    startedOn: p.date().nullable(),
    createdAt: createdNow(),
    ...versioned(),
  },
});
export type Service = InferEntity<typeof Service>;

/**
 * How the commissioned service is financed under the Social Services Act: an activity delegated by the state, a
 * municipal activity, or both (the municipality adding to a delegated standard). Matches `service.financing`
 * except for `own`, which a contract never funds.
 */
export const CONTRACT_FUNDING = ['state_delegated', 'municipal', 'mixed'] as const;
export type ContractFunding = (typeof CONTRACT_FUNDING)[number];

export const CONTRACT_STATUSES = ['proposed', 'active', 'declined', 'ended'] as const;
export type ContractStatus = (typeof CONTRACT_STATUSES)[number];

/**
 * A commissioning contract (договор за възлагане): owned by the municipality, naming the provider's service.
 * While active and in its period it lets the municipality read that service's records.
 */
export const CommissioningContract = defineEntity({
  name: 'CommissioningContract',
  tableName: 'commissioning_contract',
  properties: {
    ...tenantKey(),
    providerTenantId: p.uuid(),
    /** Null until the provider, accepting, names which of its services the contract is for. */
    serviceId: p.uuid().nullable(),
    /** The service as the municipality's own papers describe it. */
    serviceDescription: p.text().nullable(),
    basis: p.text(),
    ...term(),
    status: oneOf(CONTRACT_STATUSES).default('proposed'),
    funding: oneOf(CONTRACT_FUNDING).nullable(),
    /** Euro a year, numeric(12,2); read back as a string with two decimals. */
    yearlyAmountEur: p.decimal().precision(12).scale(2).nullable(),
    createdAt: createdNow(),
    decidedAt: p.datetime().nullable(),
  },
});
export type CommissioningContract = InferEntity<typeof CommissioningContract>;
