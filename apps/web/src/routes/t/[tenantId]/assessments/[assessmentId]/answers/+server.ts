import { saveAnswer } from '#lib/server/checklist.ts';
import type { RequestHandler } from './$types';

/** One indicator's result and note from the check's save queue (JSON; see src/lib/server/checklist.ts). */
export const PUT: RequestHandler = (event) => saveAnswer(event, 'assessment');
