import { Membership, sqlOf, type EntityManager, type Role } from '@mera/db';
import { AppError } from '../../shared/problem.ts';
import type { TenantContext } from '../../shared/context.ts';

/** The tenant's members with their names: one statement, nothing hydrated (a read on every members page). */
export async function listMembers({ em, tenantId }: TenantContext) {
  const rows = await sqlOf(em)
    .selectFrom('membership as m')
    .leftJoin('app_user as u', 'u.id', 'm.user_id')
    .select(['m.id', 'm.user_id', 'm.role', 'm.created_at', 'u.display_name', 'u.email'])
    .where('m.tenant_id', '=', tenantId)
    .orderBy('m.created_at')
    .orderBy('m.id')
    .execute();
  return rows.map((m) => ({
    id: m.id,
    userId: m.user_id,
    displayName: m.display_name ?? '',
    email: m.email ?? '',
    role: m.role,
    since: new Date(m.created_at).toISOString(),
  }));
}

async function findMember(em: EntityManager, tenantId: string, id: string) {
  const membership = await em.findOne(Membership, { tenantId, id });
  if (!membership) throw new AppError(404, 'not_found');
  return membership;
}

/** The organisation must keep an administrator: the last one can be neither demoted nor removed. */
async function assertAnotherAdmin(em: EntityManager, tenantId: string, leaving: Membership): Promise<void> {
  if (leaving.role !== 'admin') return;
  const admins = await em.count(Membership, { tenantId, role: 'admin', id: { $ne: leaving.id } });
  if (admins === 0) throw new AppError(409, 'last_admin');
}

export async function changeRole({ em, tenantId }: TenantContext, id: string, role: Role) {
  const membership = await findMember(em, tenantId, id);
  if (role !== 'admin') await assertAnotherAdmin(em, tenantId, membership);
  membership.role = role;
  await em.flush();
  return membership;
}

/** Removing a member takes effect on their next request: the auth hook looks the membership up every time. */
export async function removeMember({ em, tenantId }: TenantContext, id: string): Promise<void> {
  const membership = await findMember(em, tenantId, id);
  await assertAnotherAdmin(em, tenantId, membership);
  em.remove(membership);
  await em.flush();
}
