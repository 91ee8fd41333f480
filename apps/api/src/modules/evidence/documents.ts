import { QualityDocument, sql, sqlOf, type EntityManager, type QualityDocumentKind } from '@mera/db';
import type { TenantContext } from '../../shared/context.ts';
import { isoDate, today } from '@mera/calendar';
import { AppError } from '../../shared/problem.ts';
import { invalid, optionalText, stale } from '../../shared/validation.ts';
import { versionsInForce } from '../catalogue/index.ts';
import { checkOwnService } from '../services/index.ts';
import { sameTenant } from '../../shared/sql.ts';

/** The document register: the provider's policies, procedures, plans … with their review dates and sources. */

export type DocumentKind = QualityDocumentKind;

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

function documents(em: EntityManager, tenantId: string) {
  return sqlOf(em)
    .selectFrom('quality_document as d')
    .leftJoin('stored_file as f', (join) => sameTenant(join, 'f.id', 'd.file_id'))
    .select([
      'd.id',
      'd.kind',
      'd.title',
      'd.service_id',
      'd.version_label',
      'd.approved_on',
      'd.next_review_on',
      'd.file_id',
      'd.sources',
      'd.note',
      'd.version',
      'd.updated_at',
      'f.name as file_name',
      'f.media_type as file_media_type',
      'f.size_bytes as file_size',
      (eb) =>
        eb
          .selectFrom('assessment_evidence as e')
          .select((sub) => sub.fn.countAll<string>().as('n'))
          .whereRef('e.tenant_id', '=', 'd.tenant_id')
          .whereRef('e.document_id', '=', 'd.id')
          .$asScalar()
          .as('used_as_evidence'),
    ])
    .where('d.tenant_id', '=', tenantId);
}
type RegisterDocument = Awaited<ReturnType<ReturnType<typeof documents>['executeTakeFirstOrThrow']>>;

export function documentView(row: RegisterDocument, today: string) {
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
  { em, tenantId }: Pick<TenantContext, 'em' | 'tenantId'>,
  filter: { serviceId?: string | undefined; source?: string | undefined },
) {
  let query = documents(em, tenantId);
  if (filter.serviceId) {
    const serviceId = filter.serviceId;
    query = query.where((eb) => eb.or([eb('d.service_id', 'is', null), eb('d.service_id', '=', serviceId)]));
  }
  if (filter.source) query = query.where(sql<boolean>`${filter.source} = any (d.sources)`);
  const rows = await query
    .orderBy('d.kind')
    .orderBy(sql`lower(d.title)`)
    .execute();
  const todayInSofia = today();
  return rows.map((row) => documentView(row, todayInSofia));
}

export async function getDocument({ em, tenantId }: Pick<TenantContext, 'em' | 'tenantId'>, id: string) {
  const row = await documents(em, tenantId).where('d.id', '=', id).executeTakeFirst();
  if (!row) throw new AppError(404, 'not_found');
  return documentView(row, today());
}

/** Every source must be one the Ordinance names (verbatim), so that documents meet indicators by their sources. */
async function checkSources(em: EntityManager, sources: string[]): Promise<string[]> {
  const unique = [...new Set(sources.map((s) => s.trim()).filter(Boolean))];
  if (unique.length === 0) return [];
  const known = await sqlOf(em)
    .selectFrom('catalogue_item as i')
    .innerJoin(sql<{ source: string }>`unnest(i.sources)`.as('source'), (join) => join.onTrue())
    .select('source.source')
    .distinct()
    .where('i.kind', '=', 'indicator')
    .where('source.source', 'in', unique)
    .execute();
  const knownSet = new Set(known.map((k) => k.source));
  const index = unique.findIndex((s) => !knownSet.has(s));
  if (index >= 0) throw invalid(`sources.${index}`, 'unknown_source');
  return unique;
}

async function checkFile(em: EntityManager, tenantId: string, fileId: string | null | undefined) {
  if (!fileId) return;
  const found = await sqlOf(em)
    .selectFrom('stored_file')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('id', '=', fileId)
    .executeTakeFirst();
  if (!found) throw invalid('fileId', 'unknown_file');
}

function checkDates(approvedOn: string | null | undefined, nextReviewOn: string | null | undefined) {
  if (approvedOn && nextReviewOn && nextReviewOn < approvedOn)
    throw invalid('nextReviewOn', 'review_before_approval');
}

export async function createDocument(
  ctx: Pick<TenantContext, 'em' | 'tenantId' | 'userId'>,
  input: DocumentInput,
) {
  const { em, tenantId, userId } = ctx;
  await checkOwnService(em, tenantId, input.serviceId);
  await checkFile(em, tenantId, input.fileId);
  checkDates(input.approvedOn, input.nextReviewOn);
  const sources = await checkSources(em, input.sources ?? []);
  const title = input.title.trim();
  if (!title) throw invalid('title', 'required');
  const document = em.create(QualityDocument, {
    tenantId,
    kind: input.kind,
    title,
    serviceId: input.serviceId ?? null,
    versionLabel: optionalText(input.versionLabel) ?? null,
    approvedOn: input.approvedOn ?? null,
    nextReviewOn: input.nextReviewOn ?? null,
    fileId: input.fileId ?? null,
    sources,
    note: optionalText(input.note) ?? null,
    createdBy: userId,
  });
  await em.flush();
  return getDocument(ctx, document.id);
}

export async function updateDocument(
  ctx: Pick<TenantContext, 'em' | 'tenantId'>,
  id: string,
  input: Partial<DocumentInput> & { version: number },
) {
  const { em, tenantId } = ctx;
  const current = await getDocument(ctx, id);
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
  const document = await em.findOneOrFail(QualityDocument, { tenantId, id });
  em.assign(document, {
    kind: next.kind,
    title: next.title,
    serviceId: next.serviceId ?? null,
    versionLabel: next.versionLabel ?? null,
    approvedOn: next.approvedOn ?? null,
    nextReviewOn: next.nextReviewOn ?? null,
    fileId: next.fileId ?? null,
    sources: next.sources,
    note: next.note ?? null,
  });
  await em.flush();
  return getDocument(ctx, id);
}

export async function deleteDocument(ctx: Pick<TenantContext, 'em' | 'tenantId'>, id: string) {
  const { em, tenantId } = ctx;
  const current = await getDocument(ctx, id);
  if (current.usedAsEvidence > 0) throw new AppError(409, 'in_use');
  await em.nativeDelete(QualityDocument, { tenantId, id });
}

/** The Ordinance's sources of information, distinct, with how many indicators cite each — for tagging documents. */
export async function catalogueSources(em: EntityManager, q: string | undefined, limit: number) {
  const db = sqlOf(em);
  const inForce = versionsInForce(db).select('id');
  let query = db
    .selectFrom('catalogue_item as i')
    .innerJoin(sql<{ source: string }>`unnest(i.sources)`.as('source'), (join) => join.onTrue())
    .select(['source.source', (eb) => eb.fn.countAll<string>().as('indicators')])
    .where('i.kind', '=', 'indicator')
    .where('i.version_id', 'in', inForce);
  if (q) query = query.where('source.source', 'ilike', `%${q.replace(/[\\%_]/g, '\\$&')}%`);
  const rows = await query
    .groupBy('source.source')
    .orderBy(sql`count(*)`, 'desc')
    .orderBy('source.source')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ source: r.source, indicators: Number(r.indicators) }));
}
