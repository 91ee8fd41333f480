import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { problemResponses } from '../../shared/problem.ts';
import { asPerson, withTenant } from '../../platform/auth.ts';
import { TenantParams } from '../../shared/http-schemas.ts';
import { sendDownload } from '../../shared/http.ts';
import { s3Store } from './object-store.ts';
import {
  catalogueSources,
  createDocument,
  deleteDocument,
  getDocument,
  listDocuments,
  updateDocument,
} from './documents.ts';
import { deleteFile, fileContent, fileMeta, storeFile } from './files.ts';
import {
  StoredFileSchema,
  DocumentSchema,
  FileParams,
  DocumentParams,
  UploadFileQuery,
  ListDocumentsQuery,
  CreateDocumentBody,
  UpdateDocumentBody,
  ListCatalogueSourcesQuery,
} from './schemas.ts';

const security = [{ bearer: [] }];
const tags = ['evidence'];

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
        querystring: UploadFileQuery,
        response: { 201: StoredFileSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const body = request.body as unknown;
      const content = Buffer.isBuffer(body) ? body : Buffer.alloc(0);
      const view = await withTenant(request, (ctx) => storeFile(ctx, request.query.name, content, store));
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
    async (request) => withTenant(request, (ctx) => fileMeta(ctx, request.params.fileId)),
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
      const { meta, content } = await withTenant(request, (ctx) =>
        fileContent(ctx, request.params.fileId, store),
      );
      return sendDownload(reply, meta.mediaType, meta.name, content);
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
      await withTenant(request, (ctx) => deleteFile(ctx, request.params.fileId, store));
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
        querystring: ListDocumentsQuery,
        response: { 200: Type.Array(DocumentSchema), ...problemResponses },
      },
    },
    async (request) => withTenant(request, (ctx) => listDocuments(ctx, request.query)),
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
        body: CreateDocumentBody,
        response: { 201: DocumentSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const view = await withTenant(request, (ctx) => createDocument(ctx, request.body));
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
    async (request) => withTenant(request, (ctx) => getDocument(ctx, request.params.documentId)),
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
        body: UpdateDocumentBody,
        response: { 200: DocumentSchema, ...problemResponses },
      },
    },
    async (request) =>
      withTenant(request, (ctx) => updateDocument(ctx, request.params.documentId, request.body)),
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
      await withTenant(request, (ctx) => deleteDocument(ctx, request.params.documentId));
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
        querystring: ListCatalogueSourcesQuery,
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
