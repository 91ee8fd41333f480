import { round, median } from '../lib/stats.ts';

/** A POST that assembles a document's figures (the yearly monitoring, the annual report), timed. */
export async function postJson<T>(
  url: string,
  token: string,
  body: unknown,
): Promise<{ ms: number; json: T }> {
  const started = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  const ms = performance.now() - started;
  if (!response.ok) throw new Error(`${url} answered ${response.status}: ${text.slice(0, 300)}`);
  return { ms, json: JSON.parse(text) as T };
}

export interface AssemblyResult {
  id: string;
  /** The create and each reassembly, in ms. */
  timings: number[];
  p50Ms: number;
  maxMs: number;
}

/**
 * Creates a document (its figures assembled from the records) and assembles it again `again` times: the time the
 * person waits after pressing "create" or "collect the figures again".
 */
export async function assembleTimes(options: {
  createUrl: string;
  reassemblyUrl: (id: string) => string;
  token: string;
  body: unknown;
  again: number;
  /** Runs the create (so that the caller can count its statements around it). */
  around?: (create: () => Promise<void>) => Promise<void>;
}): Promise<AssemblyResult> {
  let created: { ms: number; json: { id: string; version: number } } | undefined;
  const create = async () => {
    created = await postJson<{ id: string; version: number }>(options.createUrl, options.token, options.body);
  };
  await (options.around ? options.around(create) : create());
  if (!created) throw new Error(`${options.createUrl}: nothing created`);
  const timings = [created.ms];
  let version = created.json.version;
  for (let i = 0; i < options.again; i++) {
    const next = await postJson<{ version: number }>(options.reassemblyUrl(created.json.id), options.token, {
      version,
    });
    timings.push(next.ms);
    version = next.json.version;
  }
  return {
    id: created.json.id,
    timings: timings.map((ms) => round(ms)),
    p50Ms: round(median(timings)),
    maxMs: round(Math.max(...timings)),
  };
}
