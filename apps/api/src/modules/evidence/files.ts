import { createHash } from 'node:crypto';
import { sql, sqlOf, type Database, type Selectable } from '@mera/db';
import type { TenantContext } from '../../shared/context.ts';
import { fileTypeFromBuffer } from 'file-type';
import { uuidv7 } from 'uuidv7';
import type { ObjectStore } from './object-store.ts';
import { AppError } from '../../shared/problem.ts';

/**
 * What may be uploaded as evidence, recognised from the file's first bytes (never from its name or the browser's
 * claim): documents and scans, photos, office files. Anything else — executables, HTML, SVG with scripts — is refused.
 */
export const ACCEPTED_TYPES: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/png': 'PNG',
  'image/jpeg': 'JPEG',
  'image/webp': 'WebP',
  'image/heic': 'HEIC',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PPTX',
  'application/vnd.oasis.opendocument.text': 'ODT',
  'application/vnd.oasis.opendocument.spreadsheet': 'ODS',
  'application/x-cfb': 'DOC/XLS',
};

const FILE_COLUMNS = ['id', 'name', 'media_type', 'size_bytes', 'sha256', 'created_at'] as const;
export type StoredFileFields = Pick<Selectable<Database['stored_file']>, (typeof FILE_COLUMNS)[number]>;

export function fileView(row: StoredFileFields) {
  return {
    id: row.id,
    name: row.name,
    mediaType: row.media_type,
    sizeBytes: row.size_bytes,
    sha256: row.sha256,
    createdAt: new Date(row.created_at).toISOString(),
  };
}

/** A file name safe to show and to send back in Content-Disposition: no path, no control characters. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  return base.replace(/[\u0000-\u001f\u007f]/g, '').trim();
}

export async function storeFile(
  { em, tenantId, userId }: Pick<TenantContext, 'em' | 'tenantId' | 'userId'>,
  name: string,
  content: Buffer,
  store: ObjectStore | null = null,
) {
  const clean = cleanFileName(name);
  if (!clean)
    throw new AppError(400, 'validation_failed', { fields: [{ field: 'query.name', rule: 'required' }] });
  if (content.length === 0)
    throw new AppError(400, 'validation_failed', { fields: [{ field: 'body', rule: 'file_empty' }] });
  const type = await fileTypeFromBuffer(content);
  if (!type || !ACCEPTED_TYPES[type.mime])
    throw new AppError(415, 'validation_failed', {
      fields: [
        {
          field: 'body',
          rule: 'file_type',
          params: { types: [...new Set(Object.values(ACCEPTED_TYPES))].join(', ') },
        },
      ],
    });
  const id = uuidv7();
  const sha256 = createHash('sha256').update(content).digest('hex');
  const row = {
    tenant_id: tenantId,
    id,
    name: clean,
    media_type: type.mime,
    size_bytes: content.length,
    sha256,
    created_by: userId,
    created_at: sql<string>`now()`,
  };
  const insert = (
    values: { storage: 'database'; content: Buffer } | { storage: 's3'; storage_key: string },
  ) =>
    sqlOf(em)
      .insertInto('stored_file')
      .values({ ...row, ...values })
      .returning(FILE_COLUMNS)
      .executeTakeFirstOrThrow();
  if (!store) return fileView(await insert({ storage: 'database', content }));
  // The object first, then the row: a failed upload leaves no row pointing at nothing; a failed insert removes the object.
  const key = `${tenantId}/${id}`;
  await store.put(key, content, type.mime);
  try {
    return fileView(await insert({ storage: 's3', storage_key: key }));
  } catch (error) {
    await store.delete(key).catch(() => undefined);
    throw error;
  }
}

export async function fileMeta({ em, tenantId }: Pick<TenantContext, 'em' | 'tenantId'>, id: string) {
  const row = await sqlOf(em)
    .selectFrom('stored_file')
    .select(FILE_COLUMNS)
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw new AppError(404, 'not_found');
  return fileView(row);
}

export async function fileContent(
  { em, tenantId }: Pick<TenantContext, 'em' | 'tenantId'>,
  id: string,
  store: ObjectStore | null = null,
) {
  // The row first, under row-level security: the store is asked only for a file this tenant may read.
  const row = await sqlOf(em)
    .selectFrom('stored_file')
    .select([...FILE_COLUMNS, 'content', 'storage_key'])
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw new AppError(404, 'not_found');
  if (row.content) return { meta: fileView(row), content: row.content };
  if (!store || !row.storage_key) throw new AppError(503, 'storage_unavailable');
  return { meta: fileView(row), content: await store.get(row.storage_key) };
}

export async function deleteFile(
  ctx: Pick<TenantContext, 'em' | 'tenantId'>,
  id: string,
  store: ObjectStore | null = null,
): Promise<void> {
  const { em, tenantId } = ctx;
  await fileMeta(ctx, id);
  const db = sqlOf(em);
  const used = await db
    .selectFrom('quality_document')
    .select([
      (eb) => eb.fn.countAll<string>().as('n'),
      (eb) =>
        eb
          .selectFrom('assessment_evidence as e')
          .select((sub) => sub.fn.countAll<string>().as('n'))
          .where('e.tenant_id', '=', tenantId)
          .where('e.file_id', '=', id)
          .$asScalar()
          .as('evidence'),
    ])
    .where('tenant_id', '=', tenantId)
    .where('file_id', '=', id)
    .executeTakeFirst();
  if (Number(used?.n ?? 0) + Number(used?.evidence ?? 0) > 0) throw new AppError(409, 'in_use');
  const deleted = await db
    .deleteFrom('stored_file')
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .returning('storage_key')
    .executeTakeFirst();
  // Inside the transaction: if the store refuses, the row stays and the person is told to retry.
  if (deleted?.storage_key) {
    if (!store) throw new AppError(503, 'storage_unavailable');
    await store.delete(deleted.storage_key);
  }
}
