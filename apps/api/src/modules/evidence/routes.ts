import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { problemResponses } from '../../shared/problem.ts';
import { asPerson, inTenant } from '../../platform/auth.ts';
import { TenantParams, Uuid } from '../../shared/http-schemas.ts';
import { s3Store } from './object-store.ts';
import {
  catalogueSources,
  createDocument,
  deleteDocument,
  deleteFile,
  fileContent,
  fileMeta,
  getDocument,
  listDocuments,
  storeFile,
  updateDocument,
} from './evidence.ts';
import { DateOnly } from '../../shared/input-schemas.ts';

const security = [{ bearer: [] }];
const tags = ['evidence'];

export const StoredFileSchema = Type.Object(
  {
    id: Uuid,
    name: Type.String(),
    mediaType: Type.String({ description: 'Recognised from the content, not from the name' }),
    sizeBytes: Type.Integer(),
    sha256: Type.String(),
    createdAt: Type.String({ format: 'date-time' }),
  },
  { $id: 'StoredFile' },
);

const Kind = Type.Union(
  [
    Type.Literal('policy'),
    Type.Literal('procedure'),
    Type.Literal('plan'),
    Type.Literal('programme'),
    Type.Literal('register'),
    Type.Literal('rules'),
    Type.Literal('other'),
  ],
  {
    default: 'plan',
    description: 'policy, procedure, plan, programme, register, rules (правилник) or other',
  },
);
const Day = DateOnly({ default: '2026-01-15' });
const NullableDay = Type.Union([Day, Type.Null()]);
const NullableText = (max: number) => Type.Union([Type.String({ maxLength: max }), Type.Null()]);

export const DocumentSchema = Type.Object(
  {
    id: Uuid,
    kind: Kind,
    title: Type.String(),
    serviceId: Type.Union([Uuid, Type.Null()], {
      description: "Null: the organisation's, for every service",
    }),
    versionLabel: Type.Union([Type.String(), Type.Null()]),
    approvedOn: Type.Union([DateOnly(), Type.Null()]),
    nextReviewOn: Type.Union([DateOnly(), Type.Null()]),
    reviewOverdue: Type.Boolean({ description: 'The next review date has passed (Europe/Sofia)' }),
    file: Type.Union([
      Type.Object({ id: Uuid, name: Type.String(), mediaType: Type.String(), sizeBytes: Type.Integer() }),
      Type.Null(),
    ]),
    sources: Type.Array(Type.String(), {
      description: "The Ordinance's sources of information (verbatim) this document stands for",
    }),
    note: Type.Union([Type.String(), Type.Null()]),
    usedAsEvidence: Type.Integer({ description: 'How many assessment answers cite it' }),
    version: Type.Integer(),
    updatedAt: Type.String({ format: 'date-time' }),
  },
  { $id: 'QualityDocument' },
);

const DocumentFields = {
  kind: Kind,
  title: Type.String({ minLength: 1, maxLength: 500, default: 'План за защита при бедствия и аварии' }),
  serviceId: Type.Optional(Type.Union([Uuid, Type.Null()])),
  versionLabel: Type.Optional(NullableText(50)),
  approvedOn: Type.Optional(NullableDay),
  nextReviewOn: Type.Optional(NullableDay),
  fileId: Type.Optional(Type.Union([Uuid, Type.Null()])),
  sources: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 1000 }), { maxItems: 50 })),
  note: Type.Optional(NullableText(5000)),
};

const FileParams = Type.Object({ tenantId: Uuid, fileId: Uuid });
const DocumentParams = Type.Object({ tenantId: Uuid, documentId: Uuid });

/** RFC 6266 / 5987: an ASCII fallback and the UTF-8 name, so Cyrillic names survive the download. */
export function contentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** Evidence files and the document register (issue 5). */
const evidence: FastifyPluginAsyncTypebox = async (app) => {
  app.addSchema(StoredFileSchema);
  app.addSchema(DocumentSchema);
  const uploadLimit = app.config.MAX_UPLOAD_BYTES;
  // PostgreSQL keeps the bytes unless an S3-compatible store is configured.
  const store = s3Store(app.config);
  // Uploads are the file's bytes as the body; the type is decided from the content, so the header is only a carrier.
  app.addContentTypeParser(
    'application/octet-stream',
    { parseAs: 'buffer', bodyLimit: uploadLimit },
    (_r, body, done) => done(null, body),
  );

  app.post(
    '/tenants/:tenantId/files',
    {
      bodyLimit: uploadLimit,
      config: { auth: 'user', permission: 'evidence.manage' },
      schema: {
        tags,
        summary:
          'Upload a file (the raw bytes as application/octet-stream); its type is checked on the content',
        operationId: 'uploadFile',
        security,
        params: TenantParams,
        querystring: Type.Object(
          { name: Type.String({ minLength: 1, maxLength: 255, default: 'plan.pdf' }) },
          { additionalProperties: false },
        ),
        response: { 201: StoredFileSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const body = request.body as unknown;
      const content = Buffer.isBuffer(body) ? body : Buffer.alloc(0);
      const view = await inTenant(request, (em, scope) =>
        storeFile(em, scope.tenantId, scope.userId, request.query.name, content, store),
      );
      return reply.status(201).send(view);
    },
  );

  app.get(
    '/tenants/:tenantId/files/:fileId',
    {
      config: { auth: 'user', permission: 'evidence.read' },
      schema: {
        tags,
        summary: "A file's name, type, size and checksum",
        operationId: 'getFile',
        security,
        params: FileParams,
        response: { 200: StoredFileSchema, ...problemResponses },
      },
    },
    async (request) => inTenant(request, (em, scope) => fileMeta(em, scope.tenantId, request.params.fileId)),
  );

  app.get(
    '/tenants/:tenantId/files/:fileId/content',
    {
      config: { auth: 'user', permission: 'evidence.read' },
      schema: {
        tags,
        summary: "Download a file (checked against the tenant's row-level security and the role)",
        operationId: 'downloadFile',
        security,
        params: FileParams,
        produces: ['application/octet-stream'],
        response: { 200: Type.Unsafe({ type: 'string', format: 'binary' }), ...problemResponses },
      },
    },
    async (request, reply) => {
      const { meta, content } = await inTenant(request, (em, scope) =>
        fileContent(em, scope.tenantId, request.params.fileId, store),
      );
      return reply
        .header('content-type', meta.mediaType)
        .header('content-disposition', contentDisposition(meta.name))
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .send(content);
    },
  );

  app.delete(
    '/tenants/:tenantId/files/:fileId',
    {
      config: { auth: 'user', permission: 'evidence.manage' },
      schema: {
        tags,
        summary: 'Delete a file no document or assessment refers to',
        operationId: 'deleteFile',
        security,
        params: FileParams,
        response: { 204: Type.Null(), ...problemResponses },
      },
    },
    async (request, reply) => {
      await inTenant(request, (em, scope) => deleteFile(em, scope.tenantId, request.params.fileId, store));
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/tenants/:tenantId/documents',
    {
      config: { auth: 'user', permission: 'evidence.read' },
      schema: {
        tags,
        summary:
          "The document register: policies, procedures, plans, registers (a service's own and the organisation's)",
        operationId: 'listDocuments',
        security,
        params: TenantParams,
        querystring: Type.Object(
          {
            serviceId: Type.Optional(Uuid),
            source: Type.Optional(Type.String({ minLength: 1, maxLength: 1000 })),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Array(DocumentSchema), ...problemResponses },
      },
    },
    async (request) => inTenant(request, (em, scope) => listDocuments(em, scope.tenantId, request.query)),
  );

  app.post(
    '/tenants/:tenantId/documents',
    {
      config: { auth: 'user', permission: 'evidence.manage' },
      schema: {
        tags,
        summary: 'Register a document, with the sources of information it stands for',
        operationId: 'createDocument',
        security,
        params: TenantParams,
        body: Type.Object(DocumentFields, { additionalProperties: false }),
        response: { 201: DocumentSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const view = await inTenant(request, (em, scope) =>
        createDocument(em, scope.tenantId, scope.userId, request.body),
      );
      return reply.status(201).send(view);
    },
  );

  app.get(
    '/tenants/:tenantId/documents/:documentId',
    {
      config: { auth: 'user', permission: 'evidence.read' },
      schema: {
        tags,
        summary: 'One document of the register',
        operationId: 'getDocument',
        security,
        params: DocumentParams,
        response: { 200: DocumentSchema, ...problemResponses },
      },
    },
    async (request) =>
      inTenant(request, (em, scope) => getDocument(em, scope.tenantId, request.params.documentId)),
  );

  app.patch(
    '/tenants/:tenantId/documents/:documentId',
    {
      config: { auth: 'user', permission: 'evidence.manage' },
      schema: {
        tags,
        summary:
          'Change a document (a new version: new file, approval and review dates); send the version you read',
        operationId: 'updateDocument',
        security,
        params: DocumentParams,
        body: Type.Object(
          {
            version: Type.Integer({ minimum: 1, default: 1 }),
            kind: Type.Optional(Kind),
            title: Type.Optional(DocumentFields.title),
            serviceId: DocumentFields.serviceId,
            versionLabel: DocumentFields.versionLabel,
            approvedOn: DocumentFields.approvedOn,
            nextReviewOn: DocumentFields.nextReviewOn,
            fileId: DocumentFields.fileId,
            sources: DocumentFields.sources,
            note: DocumentFields.note,
          },
          { additionalProperties: false },
        ),
        response: { 200: DocumentSchema, ...problemResponses },
      },
    },
    async (request) =>
      inTenant(request, (em, scope) =>
        updateDocument(em, scope.tenantId, request.params.documentId, request.body),
      ),
  );

  app.delete(
    '/tenants/:tenantId/documents/:documentId',
    {
      config: { auth: 'user', permission: 'evidence.manage' },
      schema: {
        tags,
        summary: 'Delete a document no assessment cites',
        operationId: 'deleteDocument',
        security,
        params: DocumentParams,
        response: { 204: Type.Null(), ...problemResponses },
      },
    },
    async (request, reply) => {
      await inTenant(request, (em, scope) => deleteDocument(em, scope.tenantId, request.params.documentId));
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/catalogue/sources',
    {
      schema: {
        tags: ['catalogue'],
        summary: "The Ordinance's sources of information, distinct, with how many indicators cite each",
        operationId: 'listCatalogueSources',
        querystring: Type.Object(
          {
            q: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Array(Type.Object({ source: Type.String(), indicators: Type.Integer() })),
          ...problemResponses,
        },
      },
    },
    async (request) =>
      asPerson(request, (em) => catalogueSources(em, request.query.q, request.query.limit ?? 50)),
  );
};

export default evidence;
