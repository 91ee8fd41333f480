import { CommissioningContract, Service, Tenant, type ContractFunding, type EntityManager } from '@mera/db';
import { AppError } from '../../shared/problem.ts';
import type { TenantContext } from '../../shared/context.ts';
import { COMMISSIONING } from '../../platform/permissions.ts';
import { publishNotice } from '../notices/index.ts';

export interface ContractInput {
  /** The provider, by tenant id or by its ЕИК (the public directory); one of the two. */
  providerTenantId?: string | undefined;
  providerEik?: string | undefined;
  /** The provider's service, when the municipality knows it; otherwise the provider names it on accepting. */
  serviceId?: string | null | undefined;
  serviceDescription?: string | null | undefined;
  basis: string;
  startsOn: string;
  endsOn: string;
  /** How the service is financed (ЗСУ): delegated by the state, municipal, or both. */
  funding?: ContractFunding | null | undefined;
  /** Euro a year, at most two decimals. */
  yearlyAmountEur?: number | null | undefined;
}

/** The yearly amount as numeric(12,2) text; refuses more than two decimals, naming the field. */
export function amountText(value: number | null | undefined, field = 'yearlyAmountEur'): string | null {
  if (value === null || value === undefined) return null;
  const cents = Math.round(value * 100);
  if (value < 0) throw invalid(field, 'not_negative');
  if (Math.abs(cents - value * 100) > 1e-6) throw invalid(field, 'two_decimals');
  if (cents > 99_999_999_999) throw invalid(field, 'maximum');
  return (cents / 100).toFixed(2);
}

export const amountNumber = (value: string | null | undefined) =>
  value === null || value === undefined ? null : Number(value);

/** Legal names and ЕИК of the tenants contracts mention, from the public directory. */
export async function directoryOf(em: EntityManager, ids: string[]) {
  const tenants = ids.length ? await em.find(Tenant, { id: { $in: [...new Set(ids)] } }) : [];
  return new Map(tenants.map((t) => [t.id, t]));
}

export function contractView(c: CommissioningContract, directory: Map<string, Tenant>) {
  const provider = directory.get(c.providerTenantId);
  return {
    id: c.id,
    municipalityTenantId: c.tenantId,
    municipalityName: directory.get(c.tenantId)?.legalName ?? '',
    providerTenantId: c.providerTenantId,
    providerName: provider?.legalName ?? '',
    providerEik: provider?.eik ?? '',
    serviceId: c.serviceId ?? null,
    serviceDescription: c.serviceDescription ?? null,
    basis: c.basis,
    startsOn: String(c.startsOn),
    endsOn: String(c.endsOn),
    funding: c.funding ?? null,
    yearlyAmountEur: amountNumber(c.yearlyAmountEur),
    status: c.status,
    createdAt: c.createdAt.toISOString(),
    decidedAt: c.decidedAt ? c.decidedAt.toISOString() : null,
  };
}

export async function contractViews(em: EntityManager, contracts: CommissioningContract[]) {
  const directory = await directoryOf(
    em,
    contracts.flatMap((c) => [c.tenantId, c.providerTenantId]),
  );
  return contracts.map((c) => contractView(c, directory));
}

export async function contractViewOf(em: EntityManager, c: CommissioningContract) {
  return contractView(c, await directoryOf(em, [c.tenantId, c.providerTenantId]));
}

async function tenantKind(em: EntityManager, id: string) {
  return (await em.findOne(Tenant, { id }))?.kind;
}

export const invalid = (field: string, rule: string) =>
  new AppError(400, 'validation_failed', { fields: [{ field: `body.${field}`, rule }] });

/**
 * A municipality proposes a contract for a provider's service; the provider must accept it (see the database
 * guard). The provider is named by tenant id or ЕИК; the service by id, or described in words for the provider
 * to name on accepting.
 */
export async function proposeContract({ em, tenantId, userId }: TenantContext, input: ContractInput) {
  if ((await tenantKind(em, tenantId)) !== COMMISSIONING.proposes) throw new AppError(403, 'forbidden');
  if (input.endsOn < input.startsOn) throw invalid('endsOn', 'date_order');
  const yearlyAmountEur = amountText(input.yearlyAmountEur);
  let providerTenantId = input.providerTenantId;
  if (!providerTenantId) {
    if (!input.providerEik) throw invalid('providerEik', 'required');
    const provider = await em.findOne(Tenant, { eik: input.providerEik });
    if (!provider) throw invalid('providerEik', 'provider_not_on_mera');
    providerTenantId = provider.id;
  }
  if ((await tenantKind(em, providerTenantId)) !== COMMISSIONING.accepts) {
    throw invalid(input.providerTenantId ? 'providerTenantId' : 'providerEik', 'not_a_provider');
  }
  if (!input.serviceId && !input.serviceDescription?.trim()) throw invalid('serviceDescription', 'required');
  const contract = em.create(CommissioningContract, {
    tenantId,
    providerTenantId,
    serviceId: input.serviceId ?? null,
    serviceDescription: input.serviceDescription?.trim() || null,
    basis: input.basis,
    startsOn: input.startsOn,
    endsOn: input.endsOn,
    funding: input.funding ?? null,
    yearlyAmountEur,
  });
  try {
    await em.flush();
  } catch {
    // The foreign key (provider, service) did not match: no such service of that provider.
    throw invalid('serviceId', 'invalid');
  }
  // The provider's people hear of it (the contract waits for their answer).
  await publishNotice(
    em,
    { tenantId, userId },
    {
      event: 'contract_proposed',
      recipientTenantId: providerTenantId,
      target: { type: 'contract', id: contract.id },
      // The service's name is the provider's to read: the notice finds it in the provider's scope.
      subject: contract.serviceDescription ?? '',
      serviceId: contract.serviceId ?? null,
    },
  );
  return contract;
}

/** Contracts this tenant is a party to, as municipality or as provider (row-level security: parties_read). */
export async function listContracts(em: EntityManager) {
  return em.find(CommissioningContract, {}, { orderBy: { createdAt: 'desc' } });
}

export async function decideContract(
  { em, tenantId }: TenantContext,
  id: string,
  decision: 'accept' | 'decline' | 'end',
  serviceId?: string,
) {
  const contract = await em.findOne(CommissioningContract, {
    id,
    $or: [{ tenantId }, { providerTenantId: tenantId }],
  });
  if (!contract) throw new AppError(404, 'not_found');
  const next = { accept: 'active', decline: 'declined', end: 'ended' } as const;
  const allowed =
    decision === 'end'
      ? contract.tenantId === tenantId && (contract.status === 'proposed' || contract.status === 'active')
      : contract.providerTenantId === tenantId && contract.status === 'proposed';
  if (!allowed) throw new AppError(409, 'contract_transition');
  if (decision === 'accept' && !contract.serviceId) {
    // The provider names its own service: row-level security finds it only among the provider's services.
    if (!serviceId) throw invalid('serviceId', 'required');
    if (!(await em.findOne(Service, { id: serviceId }))) throw invalid('serviceId', 'invalid');
    contract.serviceId = serviceId;
  } else if (serviceId && serviceId !== contract.serviceId) {
    throw invalid('serviceId', 'invalid');
  }
  contract.status = next[decision];
  contract.decidedAt = new Date();
  await em.flush();
  return contract;
}
