import { requireMembership, requirePermission } from '#lib/server/guard.ts';
import { loadApi } from '#lib/server/call.ts';
import type { Actions, PageServerLoad } from './$types';

const PAGE = 50;

/** Newest first, a page at a time; `?before=<seq>` shows the entries older than that one. */
export const load: PageServerLoad = async (event) => {
  const { membership } = requireMembership(event, event.params.tenantId);
  requirePermission(membership, 'audit.read');
  const before = Number(event.url.searchParams.get('before'));
  // Each entry comes described in people's words by the API (who did what to which record).
  const data = await loadApi(event).GET('/api/v1/tenants/{tenantId}/audit', {
    params: {
      path: { tenantId: event.params.tenantId },
      query: { limit: PAGE, ...(Number.isInteger(before) && before > 0 ? { before } : {}) },
    },
  });
  const last = data.at(-1);
  return {
    entries: data,
    olderThan: data.length === PAGE && last ? last.seq : null,
    paged: Number.isInteger(before) && before > 0,
  };
};

export const actions: Actions = {
  verify: async (event) => {
    const data = await loadApi(event).GET('/api/v1/tenants/{tenantId}/audit/verification', {
      params: { path: { tenantId: event.params.tenantId } },
    });
    return { verification: data };
  },
};
