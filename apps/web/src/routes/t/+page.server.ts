import { requirePerson } from '#lib/server/guard.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
  const person = requirePerson(event);
  return { memberships: person.memberships };
};
