import { Service, type EntityManager } from '@mera/db';
import { invalid } from '../../shared/validation.ts';

/**
 * The service must be one of the tenant's own: a commissioning municipality can read its providers' services but
 * never log records for them.
 */
export async function checkOwnService(
  em: EntityManager,
  tenantId: string,
  serviceId: string | null | undefined,
  field = 'serviceId',
): Promise<void> {
  if (!serviceId) return;
  const service = await em.findOne(Service, { tenantId, id: serviceId });
  if (!service) throw invalid(field, 'unknown_service');
}
