import { AppUser, Membership, type EntityManager, type Role } from '@mera/db';
import { AppError } from '../../shared/problem.ts';

export async function listMembers(em: EntityManager, tenantId: string) {
  const memberships = await em.find(Membership, { tenantId }, { orderBy: { createdAt: 'asc' } });
  const people = await em.find(AppUser, { id: { $in: memberships.map((m) => m.userId) } });
  const byId = new Map(people.map((p) => [p.id, p]));
  return memberships.map((m) => ({
    id: m.id,
    userId: m.userId,
    displayName: byId.get(m.userId)?.displayName ?? '',
    email: byId.get(m.userId)?.email ?? '',
    role: m.role,
    since: m.createdAt.toISOString(),
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

export async function changeRole(em: EntityManager, tenantId: string, id: string, role: Role) {
  const membership = await findMember(em, tenantId, id);
  if (role !== 'admin') await assertAnotherAdmin(em, tenantId, membership);
  membership.role = role;
  await em.flush();
  return membership;
}

/** Removing a member takes effect on their next request: the auth hook looks the membership up every time. */
export async function removeMember(em: EntityManager, tenantId: string, id: string): Promise<void> {
  const membership = await findMember(em, tenantId, id);
  await assertAnotherAdmin(em, tenantId, membership);
  em.remove(membership);
  await em.flush();
}
