import { createAction } from '#lib/server/checklist.ts';
import type { RequestHandler } from './$types';

/** A prescription from a not-met or partly-met finding (JSON; src/lib/server/checklist.ts). */
export const POST: RequestHandler = (event) => createAction(event, 'inspection');
