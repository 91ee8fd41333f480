import type { ServiceFacts } from '@mera/plugin-sdk';
import { isoDate, today } from '@mera/calendar';
import type { ServicePlugins, TenantContext } from '../../shared/context.ts';
import { evaluateRules } from '../catalogue/index.ts';
import { loadRegister, type Loaded, type Register } from './load.ts';

/** The facts of the plugins' rules that the register supplies. */
export const REGISTER_FACTS = ['staffCount', 'positionsPlanned', 'positionsFilled'] as const;

export const round2 = (value: number) => Math.round(value * 100) / 100;

/** In post on `day`: started, not yet left. */
export function inPost(member: Loaded<'members'>, day: string): boolean {
  return isoDate(member.started_on) <= day && (member.ended_on === null || isoDate(member.ended_on) >= day);
}

/** In post at some time during `year`. */
export function inPostDuring(member: Loaded<'members'>, year: number): boolean {
  return (
    isoDate(member.started_on) <= `${year}-12-31` &&
    (member.ended_on === null || isoDate(member.ended_on) >= `${year}-01-01`)
  );
}

/** Volunteers are part of the team but are not employees: they fill no position and are not counted as staff. */
export const isEmployee = (member: Loaded<'members'>) => member.employment_type !== 'volunteer';

/**
 * The facts the register supplies to the plugins' rules, for one service, on `day`:
 * - `positionsPlanned`: the staffing plan's full-time equivalents (sum of planned FTE);
 * - `positionsFilled`: per position, the FTE of the employees in post, at most the position's planned FTE;
 * - `staffCount`: employees in post (volunteers are not counted).
 * Null when the service has no register yet: then the rules say the fact is missing, as before.
 */
export function registerFacts(register: Register, serviceId: string, day: string) {
  const positions = register.positions.filter((p) => p.service_id === serviceId);
  const members = register.members.filter((m) => m.service_id === serviceId);
  if (positions.length === 0 && members.length === 0) return null;
  const employees = members.filter((m) => isEmployee(m) && inPost(m, day));
  const filledOf = (position: Loaded<'positions'>) =>
    Math.min(
      Number(position.planned_fte),
      employees.filter((m) => m.position_id === position.id).reduce((sum, m) => sum + Number(m.fte), 0),
    );
  return {
    staffCount: employees.length,
    positionsPlanned: round2(positions.reduce((sum, p) => sum + Number(p.planned_fte), 0)),
    positionsFilled: round2(positions.reduce((sum, p) => sum + filledOf(p), 0)),
  };
}

/**
 * The staff facts of the tenant's services, for the services register to evaluate its rules on (provided to its
 * extension point from index.ts): a service without a staff register is absent from the map.
 */
export async function staffFactsOf(
  ctx: Pick<TenantContext, 'em' | 'tenantId'>,
  serviceIds: string[],
  day = today(),
) {
  const facts = new Map<string, NonNullable<ReturnType<typeof registerFacts>>>();
  if (serviceIds.length === 0) return facts;
  const register = await loadRegister(ctx, serviceIds);
  for (const id of serviceIds) {
    const derived = registerFacts(register, id, day);
    if (derived) facts.set(id, derived);
  }
  return facts;
}

/** The service's facts, with the register's in place of the missing ones, and the rules evaluated on them. */
export function evaluateWithRegister(
  plugins: ServicePlugins,
  service: { pluginCode: string; variantKey: string; capacity: number | null; currentUsers: number | null },
  derived: ReturnType<typeof registerFacts> | undefined,
) {
  const facts: ServiceFacts &
    Record<'capacity' | 'currentUsers' | (typeof REGISTER_FACTS)[number], number | null> = {
    capacity: service.capacity,
    currentUsers: service.currentUsers,
    staffCount: derived?.staffCount ?? null,
    positionsPlanned: derived?.positionsPlanned ?? null,
    positionsFilled: derived?.positionsFilled ?? null,
  };
  const plugin = plugins.list.find((p) => p.code === service.pluginCode);
  return {
    facts,
    factsFromRegister: derived ? [...REGISTER_FACTS] : [],
    rules: (plugin && evaluateRules(plugin, service.variantKey, facts)) ?? [],
  };
}
