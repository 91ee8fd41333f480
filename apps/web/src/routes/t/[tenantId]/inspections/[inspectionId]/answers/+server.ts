import { saveAnswer } from '#lib/server/checklist.ts';
import type { RequestHandler } from './$types';

/** One indicator's finding and note from the inspection's save queue (JSON; see src/lib/server/checklist.ts). */
export const PUT: RequestHandler = (event) => saveAnswer(event, 'inspection');
