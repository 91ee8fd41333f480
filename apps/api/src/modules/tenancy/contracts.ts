import { CommissioningContract, Tenant, type EntityManager } from '@mera/db';
import { AppError } from '../../errors/problem.ts';
import { COMMISSIONING } from './permissions.ts';

export interface ContractInput {
  providerTenantId: string;
  serviceId: string;
  basis: string;
  startsOn: string;
  endsOn: string;
}

export function contractView(c: CommissioningContract) {
  return {
    id: c.id,
    municipalityTenantId: c.tenantId,
    providerTenantId: c.providerTenantId,
    serviceId: c.serviceId,
    basis: c.basis,
    startsOn: String(c.startsOn),
    endsOn: String(c.endsOn),
    status: c.status,
    createdAt: c.createdAt.toISOString(),
    decidedAt: c.decidedAt ? c.decidedAt.toISOString() : null,
  };
}

async function tenantKind(em: EntityManager, id: string) {
  return (await em.findOne(Tenant, { id }))?.kind;
}

/** A municipality proposes a contract for a provider's service; the provider must accept it (see the database guard). */
export async function proposeContract(em: EntityManager, tenantId: string, input: ContractInput) {
  if ((await tenantKind(em, tenantId)) !== COMMISSIONING.proposes) throw new AppError(403, 'forbidden');
  if (input.endsOn < input.startsOn) {
    throw new AppError(400, 'validation_failed', { fields: [{ field: 'body.endsOn', rule: 'date_order' }] });
  }
  if ((await tenantKind(em, input.providerTenantId)) !== COMMISSIONING.accepts) {
    throw new AppError(400, 'validation_failed', {
      fields: [{ field: 'body.providerTenantId', rule: 'invalid' }],
    });
  }
  const contract = em.create(CommissioningContract, { tenantId, ...input });
  try {
    await em.flush();
  } catch {
    // The foreign key (provider, service) did not match: no such service of that provider.
    throw new AppError(400, 'validation_failed', { fields: [{ field: 'body.serviceId', rule: 'invalid' }] });
  }
  return contract;
}

/** Contracts this tenant is a party to, as municipality or as provider (row-level security: parties_read). */
export async function listContracts(em: EntityManager) {
  return em.find(CommissioningContract, {}, { orderBy: { createdAt: 'desc' } });
}

export async function decideContract(
  em: EntityManager,
  tenantId: string,
  id: string,
  decision: 'accept' | 'decline' | 'end',
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
  contract.status = next[decision];
  contract.decidedAt = new Date();
  await em.flush();
  return contract;
}
