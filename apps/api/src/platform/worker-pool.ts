import { availableParallelism } from 'node:os';
import fp from 'fastify-plugin';
import { Piscina } from 'piscina';
import type { Config } from '../config.ts';

/**
 * Worker threads for CPU-bound work that would otherwise stop the event loop (issue 15): a report's first PDF is
 * ≈ 300 ms of pdfkit laying out text, during which every other request of the API waited. A pool runs a file's
 * default export with structured-cloned input (decision 104: piscina, bounded, heap-limited).
 *
 * A pool starts its threads on first use and ends them after `idleSeconds` without work, so an idle API keeps no
 * worker, and what a rendering allocated (pdfkit's pages, the fonts' tables) goes with the thread's heap instead of
 * growing the main heap's old generation, which V8 keeps once grown.
 */
export interface WorkerSettings {
  /** Threads per pool; the queue is bounded too (`maxQueue`), so a burst of downloads waits instead of piling up. */
  threads: number;
  /** A worker's old-generation heap limit: a runaway document ends its worker, not the API. */
  heapMb: number;
  idleSeconds: number;
}

/** One thread on two cores (the event loop keeps the other), half the cores on larger machines, at most four. */
export const defaultThreads = () => Math.min(4, Math.max(1, Math.floor(availableParallelism() / 2)));

let settings: WorkerSettings = { threads: defaultThreads(), heapMb: 256, idleSeconds: 30 };
const pools = new Map<string, Piscina>();

/** The pool running `filename` (an absolute path or file URL), started on first use with the current settings. */
export function workerPool(filename: string): Piscina {
  let pool = pools.get(filename);
  if (!pool) {
    pool = new Piscina({
      filename,
      minThreads: 0,
      maxThreads: settings.threads,
      // Tasks waiting for a thread: a handful per thread; beyond that `run` rejects at once (the caller answers 503).
      maxQueue: settings.threads * 16,
      idleTimeout: settings.idleSeconds * 1000,
      resourceLimits: { maxOldGenerationSizeMb: settings.heapMb, maxYoungGenerationSizeMb: 16 },
    });
    // A worker that ends with no task to reject (e.g. at its heap limit while starting) is logged by the caller's
    // next task failing; without a listener the event would throw in the main thread.
    pool.on('error', () => undefined);
    pools.set(filename, pool);
  }
  return pool;
}

/** Ends every pool's threads (the next `workerPool` starts a new pool). */
export async function closeWorkerPools(): Promise<void> {
  const closing = [...pools.values()];
  pools.clear();
  await Promise.all(closing.map((pool) => pool.close({ force: true })));
}

/** Sets the pools' size and limits from the configuration and ends their threads when the API closes. */
export default fp(
  async (fastify, options: { config: Config }) => {
    settings = {
      threads: options.config.DOCUMENT_WORKERS ?? defaultThreads(),
      heapMb: options.config.DOCUMENT_WORKER_HEAP_MB,
      idleSeconds: options.config.DOCUMENT_WORKER_IDLE_SECONDS,
    };
    fastify.addHook('onClose', closeWorkerPools);
  },
  { name: 'worker-pool' },
);
