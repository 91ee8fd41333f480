import { api } from '#lib/server/api.ts';
import { readApiStatus } from '#lib/server/api-status.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => ({ apiStatus: await readApiStatus(api) });
