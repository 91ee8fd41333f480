import { createAction } from '#lib/server/checklist.ts';
import type { RequestHandler } from './$types';

/** A measure in the quality programme from a not-met or partly-met indicator (JSON; src/lib/server/checklist.ts). */
export const POST: RequestHandler = (event) => createAction(event, 'assessment');
