import type { ServiceFacts } from '@mera/plugin-sdk';
import { createExtensionPoint } from '../../shared/extension-point.ts';
import type { TenantContext } from '../../shared/context.ts';

/**
 * Facts about a tenant's own services that another register knows (the staff register: staffing coefficient, fill
 * rate, induction hours …). The plugin's rules are evaluated on the service's own figures merged with these. The
 * staff module provides one from its index.ts, so services never imports staff.
 */
export type ServiceFactsProvider = (
  ctx: Pick<TenantContext, 'em' | 'tenantId'>,
  serviceIds: string[],
) => Promise<Map<string, Partial<ServiceFacts>>>;

export const serviceFactsProviders = createExtensionPoint<ServiceFactsProvider>('services.facts');

/** Every provider's facts about the given services, merged per service. */
export async function contributedFacts(
  ctx: Pick<TenantContext, 'em' | 'tenantId'>,
  serviceIds: string[],
): Promise<Map<string, Partial<ServiceFacts>>> {
  const merged = new Map<string, Partial<ServiceFacts>>();
  if (serviceIds.length === 0) return merged;
  for (const provide of serviceFactsProviders.contributions()) {
    for (const [id, facts] of await provide(ctx, serviceIds)) merged.set(id, { ...merged.get(id), ...facts });
  }
  return merged;
}
