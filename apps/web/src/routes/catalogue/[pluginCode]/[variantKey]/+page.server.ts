import { error } from '@sveltejs/kit';
import { anonymousApi } from '#lib/server/session.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
  const { data, response } = await anonymousApi().GET(
    '/api/v1/catalogue/service-types/{pluginCode}/variants/{variantKey}',
    { params: { path: { pluginCode: params.pluginCode, variantKey: params.variantKey } } },
  );
  if (!data) error(response.status === 404 ? 404 : 502, 'catalogue');
  return { catalogue: data };
};
