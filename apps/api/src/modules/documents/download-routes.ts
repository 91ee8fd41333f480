import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { withTenant } from '../../platform/auth.ts';
import { tenantRouteOptions, type SpecRequest, type TenantRouteSpec } from '../../platform/tenant-routes.ts';
import type { TenantContext } from '../../shared/context.ts';
import type { ReportDocument } from './blocks.ts';
import { MEDIA_TYPES, sendDocument, sendRendered, type DocumentFormat } from './send.ts';

/** A download's spec: everything a tenant-scoped route declares but its answer, which is the file. */
export type DownloadSpec = Omit<TenantRouteSpec, 'ok' | 'created' | 'noContent'>;

/**
 * What a download's work in the transaction yields: the bytes, already rendered (and stored, rendered.ts), or the
 * blocks of a document that is rendered afresh each time — after the transaction, so that no connection waits on it.
 */
export type Download = { name: string; body: Buffer } | { name: string; document: ReportDocument };

const Binary = Type.Unsafe({ type: 'string', format: 'binary' });

/**
 * A module's document downloads (PDF, DOCX, XLSX), declared like its other tenant-scoped routes: the spec, and what
 * to render in the request's transaction; the file is sent as a private download named `<name>.<format>`.
 */
export function documentDownloads(app: FastifyInstance, moduleTags: string[]) {
  return <const S extends DownloadSpec>(
    url: string,
    format: DocumentFormat,
    spec: S,
    render: (ctx: TenantContext, request: SpecRequest<S>) => Promise<Download>,
  ) => {
    const options = tenantRouteOptions({ ...spec, ok: Binary }, moduleTags);
    app.route({
      method: 'GET',
      url,
      ...options,
      schema: { ...options.schema, produces: [MEDIA_TYPES[format]] },
      handler: async (request, reply) => {
        // The spec's schemas validated the request: its fields are what they declare.
        const download = await withTenant(request, (ctx) => render(ctx, request as SpecRequest<S>));
        if ('body' in download) return sendRendered(reply, format, download.body, download.name);
        if (format === 'xlsx')
          throw new Error(`${url}: a workbook is rendered from figures, not from blocks`);
        return sendDocument(reply, format, download.document, download.name);
      },
    });
  };
}
