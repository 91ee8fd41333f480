import { createHash } from 'node:crypto';
import type { EntityManager } from '@mera/db';
import { fileTypeFromBuffer } from 'file-type';
import { uuidv7 } from 'uuidv7';
import type { ObjectStore } from './object-store.ts';
import { AppError } from '../../shared/problem.ts';
import { checkOwnService } from '../services/index.ts';
import { invalid, optionalText, stale } from '../../shared/validation.ts';
import { isoDate, today } from '@mera/calendar';

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

export interface FileRow {
  id: string;
  name: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  created_at: Date | string;
}

export function fileView(row: FileRow) {
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
  em: EntityManager,
  tenantId: string,
  userId: string,
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
  if (!store) {
    const rows = await em.execute<FileRow[]>(
      `insert into stored_file (tenant_id, id, name, media_type, size_bytes, sha256, storage, content, created_by)
       values (?, ?, ?, ?, ?, ?, 'database', ?, ?)
       returning id, name, media_type, size_bytes, sha256, created_at`,
      [tenantId, id, clean, type.mime, content.length, sha256, content, userId],
    );
    return fileView(rows[0] as FileRow);
  }
  // The object first, then the row: a failed upload leaves no row pointing at nothing; a failed insert removes the object.
  const key = `${tenantId}/${id}`;
  await store.put(key, content, type.mime);
  try {
    const rows = await em.execute<FileRow[]>(
      `insert into stored_file (tenant_id, id, name, media_type, size_bytes, sha256, storage, storage_key, created_by)
       values (?, ?, ?, ?, ?, ?, 's3', ?, ?)
       returning id, name, media_type, size_bytes, sha256, created_at`,
      [tenantId, id, clean, type.mime, content.length, sha256, key, userId],
    );
    return fileView(rows[0] as FileRow);
  } catch (error) {
    await store.delete(key).catch(() => undefined);
    throw error;
  }
}

export async function fileMeta(em: EntityManager, tenantId: string, id: string) {
  const rows = await em.execute<FileRow[]>(
    `select id, name, media_type, size_bytes, sha256, created_at from stored_file where tenant_id = ? and id = ?`,
    [tenantId, id],
  );
  if (!rows[0]) throw new AppError(404, 'not_found');
  return fileView(rows[0]);
}

export async function fileContent(
  em: EntityManager,
  tenantId: string,
  id: string,
  store: ObjectStore | null = null,
) {
  // The row first, under row-level security: the store is asked only for a file this tenant may read.
  const rows = await em.execute<(FileRow & { content: Buffer | null; storage_key: string | null })[]>(
    `select id, name, media_type, size_bytes, sha256, created_at, content, storage_key
     from stored_file where tenant_id = ? and id = ?`,
    [tenantId, id],
  );
  const row = rows[0];
  if (!row) throw new AppError(404, 'not_found');
  if (row.content) return { meta: fileView(row), content: row.content };
  if (!store || !row.storage_key) throw new AppError(503, 'storage_unavailable');
  return { meta: fileView(row), content: await store.get(row.storage_key) };
}

export async function deleteFile(
  em: EntityManager,
  tenantId: string,
  id: string,
  store: ObjectStore | null = null,
): Promise<void> {
  await fileMeta(em, tenantId, id);
  const [used] = await em.execute<{ n: string }[]>(
    `select (select count(*) from quality_document where tenant_id = ? and file_id = ?)
          + (select count(*) from assessment_evidence where tenant_id = ? and file_id = ?) as n`,
    [tenantId, id, tenantId, id],
  );
  if (Number(used?.n ?? 0) > 0) throw new AppError(409, 'in_use');
  const [deleted] = await em.execute<{ storage_key: string | null }[]>(
    `delete from stored_file where tenant_id = ? and id = ? returning storage_key`,
    [tenantId, id],
  );
  // Inside the transaction: if the store refuses, the row stays and the person is told to retry.
  if (deleted?.storage_key) {
    if (!store) throw new AppError(503, 'storage_unavailable');
    await store.delete(deleted.storage_key);
  }
}

// ————— The document register —————

export const DOCUMENT_KINDS = [
  'policy',
  'procedure',
  'plan',
  'programme',
  'register',
  'rules',
  'other',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export interface DocumentInput {
  kind: DocumentKind;
  title: string;
  serviceId?: string | null | undefined;
  versionLabel?: string | null | undefined;
  approvedOn?: string | null | undefined;
  nextReviewOn?: string | null | undefined;
  fileId?: string | null | undefined;
  sources?: string[] | undefined;
  note?: string | null | undefined;
}

interface DocumentRow {
  id: string;
  kind: DocumentKind;
  title: string;
  service_id: string | null;
  version_label: string | null;
  approved_on: string | Date | null;
  next_review_on: string | Date | null;
  file_id: string | null;
  sources: string[];
  note: string | null;
  version: number;
  updated_at: string | Date;
  file_name: string | null;
  file_media_type: string | null;
  file_size: number | null;
  used_as_evidence: string | number;
}

const DOCUMENT_SELECT = `select d.id, d.kind, d.title, d.service_id, d.version_label, d.approved_on, d.next_review_on,
    d.file_id, d.sources, d.note, d.version, d.updated_at,
    f.name as file_name, f.media_type as file_media_type, f.size_bytes as file_size,
    (select count(*) from assessment_evidence e where e.tenant_id = d.tenant_id and e.document_id = d.id) as used_as_evidence
  from quality_document d left join stored_file f on f.tenant_id = d.tenant_id and f.id = d.file_id`;

export function documentView(row: DocumentRow, today: string) {
  const nextReview = row.next_review_on ? isoDate(row.next_review_on) : null;
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    serviceId: row.service_id,
    versionLabel: row.version_label,
    approvedOn: row.approved_on ? isoDate(row.approved_on) : null,
    nextReviewOn: nextReview,
    reviewOverdue: nextReview !== null && nextReview < today,
    file: row.file_id
      ? {
          id: row.file_id,
          name: row.file_name ?? '',
          mediaType: row.file_media_type ?? '',
          sizeBytes: row.file_size ?? 0,
        }
      : null,
    sources: row.sources,
    note: row.note,
    usedAsEvidence: Number(row.used_as_evidence),
    version: row.version,
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}
export type DocumentView = ReturnType<typeof documentView>;

export async function listDocuments(
  em: EntityManager,
  tenantId: string,
  filter: { serviceId?: string | undefined; source?: string | undefined },
) {
  const where = ['d.tenant_id = ?'];
  const params: unknown[] = [tenantId];
  if (filter.serviceId) {
    where.push('(d.service_id is null or d.service_id = ?)');
    params.push(filter.serviceId);
  }
  if (filter.source) {
    where.push('? = any (d.sources)');
    params.push(filter.source);
  }
  const rows = await em.execute<DocumentRow[]>(
    `${DOCUMENT_SELECT} where ${where.join(' and ')} order by d.kind, lower(d.title)`,
    params,
  );
  const todayInSofia = today();
  return rows.map((row) => documentView(row, todayInSofia));
}

export async function getDocument(em: EntityManager, tenantId: string, id: string) {
  const rows = await em.execute<DocumentRow[]>(`${DOCUMENT_SELECT} where d.tenant_id = ? and d.id = ?`, [
    tenantId,
    id,
  ]);
  if (!rows[0]) throw new AppError(404, 'not_found');
  return documentView(rows[0], today());
}

/** Every source must be one the Ordinance names (verbatim), so that documents meet indicators by their sources. */
async function checkSources(em: EntityManager, sources: string[]): Promise<string[]> {
  const unique = [...new Set(sources.map((s) => s.trim()).filter(Boolean))];
  if (unique.length === 0) return [];
  const known = await em.execute<{ source: string }[]>(
    `select distinct s as source from catalogue_item i, unnest(i.sources) s
     where i.kind = 'indicator' and s = any (string_to_array(?, chr(31)))`,
    [unique.join('\u001f')],
  );
  const knownSet = new Set(known.map((k) => k.source));
  const index = unique.findIndex((s) => !knownSet.has(s));
  if (index >= 0) throw invalid(`sources.${index}`, 'unknown_source');
  return unique;
}

async function checkFile(em: EntityManager, tenantId: string, fileId: string | null | undefined) {
  if (!fileId) return;
  const [row] = await em.execute<{ id: string }[]>(
    `select id from stored_file where tenant_id = ? and id = ?`,
    [tenantId, fileId],
  );
  if (!row) throw invalid('fileId', 'unknown_file');
}

function checkDates(approvedOn: string | null | undefined, nextReviewOn: string | null | undefined) {
  if (approvedOn && nextReviewOn && nextReviewOn < approvedOn)
    throw invalid('nextReviewOn', 'review_before_approval');
}

export async function createDocument(
  em: EntityManager,
  tenantId: string,
  userId: string,
  input: DocumentInput,
) {
  await checkOwnService(em, tenantId, input.serviceId);
  await checkFile(em, tenantId, input.fileId);
  checkDates(input.approvedOn, input.nextReviewOn);
  const sources = await checkSources(em, input.sources ?? []);
  const title = input.title.trim();
  if (!title) throw invalid('title', 'required');
  const id = uuidv7();
  await em.execute(
    `insert into quality_document (tenant_id, id, kind, title, service_id, version_label, approved_on, next_review_on,
       file_id, sources, note, created_by)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, string_to_array(?, chr(31)), ?, ?)`,
    [
      tenantId,
      id,
      input.kind,
      title,
      input.serviceId ?? null,
      optionalText(input.versionLabel) ?? null,
      input.approvedOn ?? null,
      input.nextReviewOn ?? null,
      input.fileId ?? null,
      sources.join('\u001f'),
      optionalText(input.note) ?? null,
      userId,
    ],
  );
  return getDocument(em, tenantId, id);
}

export async function updateDocument(
  em: EntityManager,
  tenantId: string,
  id: string,
  input: Partial<DocumentInput> & { version: number },
) {
  const current = await getDocument(em, tenantId, id);
  if (current.version !== input.version) throw stale();
  if (input.serviceId !== undefined) await checkOwnService(em, tenantId, input.serviceId);
  if (input.fileId !== undefined) await checkFile(em, tenantId, input.fileId);
  const next = {
    kind: input.kind ?? current.kind,
    title: input.title !== undefined ? input.title.trim() : current.title,
    serviceId: input.serviceId !== undefined ? input.serviceId : current.serviceId,
    versionLabel: input.versionLabel !== undefined ? optionalText(input.versionLabel) : current.versionLabel,
    approvedOn: input.approvedOn !== undefined ? input.approvedOn : current.approvedOn,
    nextReviewOn: input.nextReviewOn !== undefined ? input.nextReviewOn : current.nextReviewOn,
    fileId: input.fileId !== undefined ? input.fileId : (current.file?.id ?? null),
    sources: input.sources !== undefined ? await checkSources(em, input.sources) : current.sources,
    note: input.note !== undefined ? optionalText(input.note) : current.note,
  };
  if (!next.title) throw invalid('title', 'required');
  checkDates(next.approvedOn, next.nextReviewOn);
  const updated = await em.execute<{ id: string }[]>(
    `update quality_document set kind = ?, title = ?, service_id = ?, version_label = ?, approved_on = ?,
       next_review_on = ?, file_id = ?, sources = string_to_array(?, chr(31)), note = ?, version = version + 1,
       updated_at = now()
     where tenant_id = ? and id = ? and version = ? returning id`,
    [
      next.kind,
      next.title,
      next.serviceId ?? null,
      next.versionLabel ?? null,
      next.approvedOn ?? null,
      next.nextReviewOn ?? null,
      next.fileId ?? null,
      next.sources.join('\u001f'),
      next.note ?? null,
      tenantId,
      id,
      input.version,
    ],
  );
  if (updated.length === 0) throw stale();
  return getDocument(em, tenantId, id);
}

export async function deleteDocument(em: EntityManager, tenantId: string, id: string) {
  const current = await getDocument(em, tenantId, id);
  if (current.usedAsEvidence > 0) throw new AppError(409, 'in_use');
  await em.execute(`delete from quality_document where tenant_id = ? and id = ?`, [tenantId, id]);
}

/** The Ordinance's sources of information, distinct, with how many indicators cite each — for tagging documents. */
export async function catalogueSources(em: EntityManager, q: string | undefined, limit: number) {
  const rows = await em.execute<{ source: string; indicators: string }[]>(
    `select s as source, count(*) as indicators
     from catalogue_item i join catalogue_version v on v.id = i.version_id, unnest(i.sources) s
     where i.kind = 'indicator' and v.id in (
       select distinct on (plugin_code, variant_key) id from catalogue_version
       where effective_from <= current_date order by plugin_code, variant_key, effective_from desc, created_at desc)
       and (?::text is null or s ilike '%' || ? || '%')
     group by s order by count(*) desc, s limit ?`,
    [q ?? null, q ? q.replace(/[\\%_]/g, '\\$&') : null, limit],
  );
  return rows.map((r) => ({ source: r.source, indicators: Number(r.indicators) }));
}
