import {
  AppUser,
  QualityProgramme,
  ReceivedComment,
  Report,
  Tenant,
  type CommentTarget,
  type EntityManager,
} from '@mera/db';
import type { TenantContext } from '../../shared/context.ts';
import { AppError } from '../../shared/problem.ts';
import { invalid } from '../../shared/validation.ts';
import { COMMISSIONING } from '../../platform/permissions.ts';
import { publishNotice } from '../notices/index.ts';

/**
 * Comments on received documents (art. 16(2), 20(2)): the commissioning municipality reads a provider's submitted
 * report or programme and writes what it thinks. Row-level security decides who reads them — the municipality its
 * own, the provider those on its own documents — and a comment is written only on a document the municipality can
 * read now (checked here first, and again by the table's restrictive insert policy).
 */
export async function listComments(
  { em }: Pick<TenantContext, 'em'>,
  targetKind: CommentTarget,
  targetId: string,
) {
  // The document itself must be visible to this tenant (its owner, or the municipality through row-level
  // security); otherwise 404, as if it did not exist.
  const visible =
    targetKind === 'programme'
      ? (await em.findOne(QualityProgramme, { id: targetId })) !== null
      : (await em.count(Report, { id: targetId })) > 0;
  if (!visible) throw new AppError(404, 'not_found');
  const comments = await em.find(
    ReceivedComment,
    { targetKind, targetId },
    { orderBy: { createdAt: 'asc', id: 'asc' } },
  );
  const [tenants, authors] = await Promise.all([
    comments.length ? em.find(Tenant, { id: { $in: [...new Set(comments.map((c) => c.tenantId))] } }) : [],
    comments.length
      ? em.find(AppUser, {
          id: { $in: [...new Set(comments.flatMap((c) => (c.authorId ? [c.authorId] : [])))] },
        })
      : [],
  ]);
  return comments.map((c) => ({
    id: c.id,
    municipalityTenantId: c.tenantId,
    municipalityName: tenants.find((t) => t.id === c.tenantId)?.legalName ?? '',
    authorName: authors.find((a) => a.id === c.authorId)?.displayName ?? null,
    text: c.body,
    createdAt: c.createdAt.toISOString(),
  }));
}

/** The provider tenant of a document this municipality may read now, or a 404 as if it did not exist. */
async function readableTarget(
  em: EntityManager,
  tenantId: string,
  targetKind: CommentTarget,
  targetId: string,
) {
  if (targetKind === 'programme') {
    const programme = await em.findOne(QualityProgramme, { id: targetId, municipalityTenantId: tenantId });
    if (programme && programme.status !== 'draft') return programme.tenantId;
  } else {
    // Row-level security (commissioned_read) shows a municipality only submitted reports of services it commissions.
    const report = await em.findOne(Report, {
      id: targetId,
      tenantId: { $ne: tenantId },
      status: 'submitted',
    });
    if (report) return report.tenantId;
  }
  throw new AppError(404, 'not_found');
}

export async function addComment(
  ctx: Pick<TenantContext, 'em' | 'tenantId' | 'userId'>,
  targetKind: CommentTarget,
  targetId: string,
  text: string,
) {
  const { em } = ctx;
  const scope = { tenantId: ctx.tenantId, userId: ctx.userId };
  const tenant = await em.findOne(Tenant, { id: scope.tenantId });
  if (tenant?.kind !== COMMISSIONING.proposes) throw new AppError(403, 'forbidden');
  const body = text.trim();
  if (!body) throw invalid('text', 'required');
  const targetTenantId = await readableTarget(em, scope.tenantId, targetKind, targetId);
  em.create(ReceivedComment, {
    tenantId: scope.tenantId,
    targetKind,
    targetTenantId,
    targetId,
    body,
    authorId: scope.userId,
  });
  await em.flush();
  const subject =
    targetKind === 'programme'
      ? (await em.findOne(QualityProgramme, { id: targetId }))?.title
      : (await em.findOne(Report, { id: targetId }))?.title;
  await publishNotice(em, scope, {
    event: 'comment_written',
    recipientTenantId: targetTenantId,
    target: { type: targetKind === 'programme' ? 'programme' : 'report', id: targetId },
    subject: subject ?? '',
  });
  return listComments(ctx, targetKind, targetId);
}
