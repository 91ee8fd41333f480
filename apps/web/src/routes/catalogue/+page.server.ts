import { anonymousApi } from '#lib/server/session.ts';
import type { PageServerLoad } from './$types';

/** The Ordinance's standards are public: anyone may browse and search them, logged in or not. */
export const load: PageServerLoad = async ({ url }) => {
  const api = anonymousApi();
  const q = (url.searchParams.get('q') ?? '').trim();
  const [types, results] = await Promise.all([
    api.GET('/api/v1/catalogue/service-types'),
    q.length >= 2
      ? api.GET('/api/v1/catalogue/search', { params: { query: { q, limit: 30 } } })
      : Promise.resolve(null),
  ]);
  return { serviceTypes: types.data ?? [], q, results: results?.data ?? null };
};
