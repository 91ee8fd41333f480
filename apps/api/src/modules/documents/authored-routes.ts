import type { FastifyInstance } from 'fastify';
import { Type, type Static, type TSchema } from 'typebox';
import { committedRoute, tenantRoutes } from '../../platform/tenant-routes.ts';
import type { Permission } from '../../platform/permissions.ts';
import type { TenantContext } from '../../shared/context.ts';
import { Uuid } from '../../shared/http-schemas.ts';
import { documentDownloads, type Download } from './download-routes.ts';
import { renderingsSettled } from './rendered.ts';
import { renderAhead, type DocumentFormat } from './send.ts';

/** A record's version as read: sent back with a change so that a stale one is refused (409). */
const AuthoredVersion = Type.Integer({
  minimum: 1,
  default: 1,
  description: 'The version read; a stale one gets 409',
});

/** The body of a step that changes no text (assembling again, submitting, approving): the version read. */
const AuthoredVersionBody = Type.Object({ version: AuthoredVersion }, { additionalProperties: false });

/** Editing a draft: its title and the texts of its sections, sent with the version read. */
const AuthoredTextsBody = Type.Object(
  {
    version: AuthoredVersion,
    title: Type.Optional(Type.String({ maxLength: 300 })),
    sections: Type.Optional(
      Type.Record(Type.String({ maxLength: 40 }), Type.String({ maxLength: 20000 }), {
        description: 'Texts by section key (see `sectionTitles`); keys not sent stay as they are',
      }),
    ),
  },
  { additionalProperties: false },
);

/** How OpenAPI names and describes one of the routes. */
interface Described {
  summary: string;
  operationId: string;
}

/**
 * The routes of one authored report (see authored.ts), under `<path>/:<idParam>`: the author reads it, edits its
 * texts, collects its figures again, finishes it (`finish.step`: submission, approval) — from then on a record —,
 * may delete a draft, and downloads it. Each report names its paths, permissions, schemas and service functions;
 * listing and starting one differ from report to report and stay with it.
 */
export interface AuthoredRoutes<Detail extends TSchema> {
  tags: string[];
  /** The collection, e.g. `/tenants/:tenantId/reports`. */
  path: string;
  /** The name of the report's id in the path, e.g. `reportId`. */
  idParam: string;
  read: Permission;
  manage: Permission;
  detail: Detail;
  get: Described & { run: (ctx: TenantContext, id: string) => Promise<Static<Detail>> };
  update: Described & {
    run: (ctx: TenantContext, id: string, body: Static<typeof AuthoredTextsBody>) => Promise<Static<Detail>>;
  };
  reassemble: Described & {
    run: (ctx: TenantContext, id: string, version: number) => Promise<Static<Detail>>;
  };
  finish: Described & {
    step: string;
    run: (ctx: TenantContext, id: string, version: number) => Promise<Static<Detail>>;
  };
  remove?: Described & { run: (ctx: TenantContext, id: string) => Promise<unknown> };
  downloads: (Described & {
    format: DocumentFormat;
    render: (ctx: TenantContext, id: string) => Promise<Download>;
  })[];
}

/** Registers one authored report's routes, in the order OpenAPI lists them. */
export function authoredRoutes<Detail extends TSchema>(app: FastifyInstance, report: AuthoredRoutes<Detail>) {
  const { tags, path, idParam, read, manage, detail, get, update, reassemble, finish, remove } = report;
  const one = `${path}/:${idParam}`;
  const params = Type.Object({ tenantId: Uuid, [idParam]: Uuid });
  const id = (request: { params: Record<string, string | undefined> }) => request.params[idParam] ?? '';
  const routes = tenantRoutes(app, tags);
  const download = documentDownloads(app, tags);

  routes.get(one, { permission: read, ...described(get), params, ok: detail }, (ctx, request) =>
    get.run(ctx, id(request)),
  );
  routes.patch(
    one,
    { permission: manage, ...described(update), params, body: AuthoredTextsBody, ok: detail },
    (ctx, request) => update.run(ctx, id(request), request.body),
  );
  const step = (action: Described) =>
    ({ permission: manage, ...described(action), params, body: AuthoredVersionBody, ok: detail }) as const;
  routes.post(`${one}/reassembly`, step(reassemble), (ctx, request) =>
    reassemble.run(ctx, id(request), request.body.version),
  );
  // Finished, the report is a record others read and download again and again: its PDF is rendered once it is
  // committed, ahead of the first download (decision 108).
  const pdfs = report.downloads.filter((download) => download.format === 'pdf');
  committedRoute(
    app,
    'POST',
    `${one}/${finish.step}`,
    step(finish),
    tags,
    (ctx, request) => finish.run(ctx, id(request), request.body.version),
    (reply, finished, request) => {
      const reportId = id(request as { params: Record<string, string | undefined> });
      for (const pdf of pdfs) renderAhead(request, async (ctx) => (await pdf.render(ctx, reportId)).found);
      return reply.status(200).send(finished);
    },
  );
  // The API waits for renderings under way before it closes (their workers and connections close after this).
  app.addHook('onClose', renderingsSettled);
  if (remove)
    routes.delete(
      one,
      { permission: manage, ...described(remove), params, noContent: true },
      (ctx, request) => remove.run(ctx, id(request)),
    );
  for (const { format, render, ...names } of report.downloads)
    download(`${one}/${format}`, format, { permission: read, ...names, params }, (ctx, request) =>
      render(ctx, id(request)),
    );
}

const described = ({ summary, operationId }: Described): Described => ({ summary, operationId });
