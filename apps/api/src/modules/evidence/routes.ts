import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { problemResponses } from '../../shared/problem.ts';
import { asPerson, withTenant } from '../../platform/auth.ts';
import { tenantRouteOptions, tenantRoutes } from '../../platform/tenant-routes.ts';
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

/** Evidence files and the document register (issue 5). */
const evidence: FastifyPluginAsyncTypebox = async (app) => {
  // PostgreSQL keeps the bytes unless an S3-compatible store is configured.
  const store = s3Store(app.config);
  const tags = ['evidence'];
  const routes = tenantRoutes(app, tags, [StoredFileSchema, DocumentSchema]);

  routes.post(
    '/tenants/:tenantId/files',
    {
      permission: 'evidence.manage',
      summary:
        'Upload a file (the raw bytes as application/octet-stream); its type is checked on the content',
      operationId: 'uploadFile',
      querystring: UploadFileQuery,
      upload: app.config.MAX_UPLOAD_BYTES,
      created: StoredFileSchema,
    },
    (ctx, { query, body }) => storeFile(ctx, query.name, body, store),
  );

  routes.get(
    '/tenants/:tenantId/files/:fileId',
    {
      permission: 'evidence.read',
      summary: "A file's name, type, size and checksum",
      operationId: 'getFile',
      params: FileParams,
      ok: StoredFileSchema,
    },
    (ctx, { params }) => fileMeta(ctx, params.fileId),
  );

  app.get(
    '/tenants/:tenantId/files/:fileId/content',
    tenantRouteOptions(
      {
        permission: 'evidence.read',
        summary: "Download a file (checked against the tenant's row-level security and the role)",
        operationId: 'downloadFile',
        params: FileParams,
        download: 'application/octet-stream',
      },
      tags,
    ),
    async (request, reply) => {
      const { meta, content } = await withTenant(request, (ctx) =>
        fileContent(ctx, request.params.fileId, store),
      );
      return sendDownload(reply, meta.mediaType, meta.name, content);
    },
  );

  routes.delete(
    '/tenants/:tenantId/files/:fileId',
    {
      permission: 'evidence.manage',
      summary: 'Delete a file no document or assessment refers to',
      operationId: 'deleteFile',
      params: FileParams,
      noContent: true,
    },
    (ctx, { params }) => deleteFile(ctx, params.fileId, store),
  );

  routes.get(
    '/tenants/:tenantId/documents',
    {
      permission: 'evidence.read',
      summary:
        "The document register: policies, procedures, plans, registers (a service's own and the organisation's)",
      operationId: 'listDocuments',
      querystring: ListDocumentsQuery,
      ok: Type.Array(DocumentSchema),
    },
    (ctx, { query }) => listDocuments(ctx, query),
  );

  routes.post(
    '/tenants/:tenantId/documents',
    {
      permission: 'evidence.manage',
      summary: 'Register a document, with the sources of information it stands for',
      operationId: 'createDocument',
      body: CreateDocumentBody,
      created: DocumentSchema,
    },
    (ctx, { body }) => createDocument(ctx, body),
  );

  routes.get(
    '/tenants/:tenantId/documents/:documentId',
    {
      permission: 'evidence.read',
      summary: 'One document of the register',
      operationId: 'getDocument',
      params: DocumentParams,
      ok: DocumentSchema,
    },
    (ctx, { params }) => getDocument(ctx, params.documentId),
  );

  routes.patch(
    '/tenants/:tenantId/documents/:documentId',
    {
      permission: 'evidence.manage',
      summary:
        'Change a document (a new version: new file, approval and review dates); send the version you read',
      operationId: 'updateDocument',
      params: DocumentParams,
      body: UpdateDocumentBody,
      ok: DocumentSchema,
    },
    (ctx, { params, body }) => updateDocument(ctx, params.documentId, body),
  );

  routes.delete(
    '/tenants/:tenantId/documents/:documentId',
    {
      permission: 'evidence.manage',
      summary: 'Delete a document no assessment cites',
      operationId: 'deleteDocument',
      params: DocumentParams,
      noContent: true,
    },
    (ctx, { params }) => deleteDocument(ctx, params.documentId),
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
