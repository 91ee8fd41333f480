import { fileURLToPath } from 'node:url';
import type { FastifyBaseLogger } from 'fastify';
import { workerPool } from '../../platform/worker-pool.ts';
import { AppError } from '../../shared/problem.ts';
import type { RenderResult, RenderTask } from './render-worker.ts';

const WORKER = fileURLToPath(new URL('./render-worker.ts', import.meta.url));

let lastThread: number | null = null;
/** The thread that did this process's latest rendering (tests: never the main thread, whose id is 0). */
export const lastRenderingThread = () => lastThread;

/**
 * Renders in the document workers (decision 104): the event loop serves other requests meanwhile. A renderer's own
 * error comes back as it was thrown and is answered as before (a 500 with the request id, logged with its stack).
 * A worker that died — its heap limit reached, or ended — or a queue already full is not a fault of the document:
 * a 503 `document_unavailable` (try again), and the pool starts a fresh worker for the next rendering.
 */
export async function renderInWorker(task: RenderTask, log: FastifyBaseLogger): Promise<Buffer> {
  let result: RenderResult;
  try {
    result = (await workerPool(WORKER).run(task)) as RenderResult;
  } catch (error) {
    if (!workerFailed(error)) throw error;
    log.error({ err: error }, 'document worker failed');
    throw new AppError(503, 'document_unavailable', { headers: { 'retry-after': '5' } });
  }
  lastThread = result.threadId;
  return Buffer.from(result.bytes);
}

/** piscina's words for a worker that ended under its task or a full queue (its errors carry no codes). */
function workerFailed(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if ((error as { code?: unknown }).code === 'ERR_WORKER_OUT_OF_MEMORY') return true;
  return /^(worker exited with code|Terminating worker thread|Task queue is at limit)/.test(error.message);
}
