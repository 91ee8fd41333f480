import { error } from '@sveltejs/kit';
import { requireMembership, requirePermission } from '#lib/server/guard.ts';
import { loadApi } from '#lib/server/call.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { membership } = requireMembership(event, event.params.tenantId);
  requirePermission(membership, 'oversight.read');
  if (membership.tenantKind === 'provider') error(404, 'oversight');
  const params = event.url.searchParams;
  const status = params.get('status');
  const query: {
    pluginCode?: string;
    providerTenantId?: string;
    status?: 'attention' | 'ok' | 'overdue';
    sort?: 'address';
  } = {
    ...(params.get('pluginCode') ? { pluginCode: params.get('pluginCode') ?? '' } : {}),
    ...(params.get('providerTenantId') ? { providerTenantId: params.get('providerTenantId') ?? '' } : {}),
    ...(status === 'attention' || status === 'ok' || status === 'overdue' ? { status } : {}),
    // The list by address: grouped by settlement, then by address.
    ...(params.get('sort') === 'address' ? { sort: 'address' as const } : {}),
  };
  const [rows, all] = await Promise.all([
    loadApi(event).GET('/api/v1/tenants/{tenantId}/oversight', {
      params: { path: { tenantId: event.params.tenantId }, query },
    }),
    // The unfiltered list gives the filters their choices.
    event.locals.api.GET('/api/v1/tenants/{tenantId}/oversight', {
      params: { path: { tenantId: event.params.tenantId } },
    }),
  ]);
  const everything = all.data ?? [];
  const unique = <T>(items: [string, T][]) => [...new Map(items).entries()];
  return {
    rows: rows,
    query: { pluginCode: '', providerTenantId: '', status: '', sort: '', ...query },
    exportQuery: new URLSearchParams(query).toString(),
    providers: unique(everything.map((row) => [row.providerTenantId, row.providerName])),
    types: unique(
      everything.map((row) => [row.pluginCode, row.serviceType.split(' — ')[0] ?? row.pluginCode]),
    ),
  };
};
