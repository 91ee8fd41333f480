import type { FastifyInstance } from 'fastify';
import { committedRoute, type SpecRequest, type TenantRouteSpec } from '../../platform/tenant-routes.ts';
import type { TenantContext } from '../../shared/context.ts';
import type { Found } from './rendered.ts';
import { MEDIA_TYPES, sendRendered, type DocumentFormat } from './send.ts';

/** A download's spec: everything a tenant-scoped route declares but its answer, which is the file. */
export type DownloadSpec = Omit<TenantRouteSpec, 'ok' | 'created' | 'noContent' | 'download' | 'upload'>;

/**
 * What a download's work in the transaction yields: the file's name and its bytes as stored before, or the rendering
 * to do (`renderDocument`/`renderWorkbook`) — done in a worker after the transaction, so that no connection waits.
 */
export interface Download {
  name: string;
  found: Found;
}

/**
 * A module's document downloads (PDF, DOCX, XLSX), declared like its other tenant-scoped routes: the spec, and what
 * to look up in the request's transaction; the file is sent as a private download named `<name>.<format>`.
 */
export function documentDownloads(app: FastifyInstance, moduleTags: string[]) {
  return <const S extends DownloadSpec>(
    url: string,
    format: DocumentFormat,
    spec: S,
    render: (ctx: TenantContext, request: SpecRequest<S>) => Promise<Download>,
  ) => {
    committedRoute(
      app,
      'GET',
      url,
      { ...spec, download: MEDIA_TYPES[format] },
      moduleTags,
      render,
      (reply, { name, found }) => sendRendered(reply, format, found, name),
    );
  };
}
