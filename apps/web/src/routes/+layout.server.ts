import { api } from '#lib/server/api.ts';
import { readApiMeta } from '#lib/server/api-status.ts';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async () => ({ apiMeta: await readApiMeta(api) });
