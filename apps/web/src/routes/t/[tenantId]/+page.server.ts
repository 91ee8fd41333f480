import { expectSession } from '#lib/server/guard.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { data, response } = await event.locals.api.GET('/api/v1/tenants/{tenantId}', {
    params: { path: { tenantId: event.params.tenantId } },
  });
  expectSession(event, response);
  return { tenant: data ?? null };
};
