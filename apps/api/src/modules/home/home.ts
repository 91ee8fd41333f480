import { Tenant } from '@mera/db';
import { addDays, quartersBetween, sofiaDate } from '@mera/calendar';
import type { TenantContext } from '../../shared/context.ts';
import { computeDeadlines, deadlineSummary, isOverdue, windowOf, type DueItem } from '../deadlines/index.ts';
import { quarterKey } from './checks.ts';
import { municipalityParts } from './municipality.ts';
import { providerParts } from './provider.ts';
import { onboardingOf } from './onboarding.ts';
import { RECENT_DAYS, TREND_QUARTERS, URGENT_LIMIT, type Home } from './types.ts';

/**
 * "What needs me": the home page's read model. It is composed from the other modules' public functions (the
 * deadlines, the service rules, the periodic-inspection rule) and a few set-based queries — a fixed number of SQL
 * statements whatever the number of services, checks or surveys (home.test.ts counts them). Every part is shown
 * only when the person's role may read it; row-level security decides, as everywhere, which rows exist at all.
 */
export async function tenantHome(ctx: TenantContext, now = new Date()): Promise<Home> {
  const { em, tenantId } = ctx;
  const can = (permission: string) => ctx.permissions.has(permission);
  const today = sofiaDate(now);
  const quarters = quartersBetween(addDays(today, -92 * (TREND_QUARTERS - 1)), today).slice(-TREND_QUARTERS);
  const window = {
    today,
    trendSince: quarters[0]?.start ?? today,
    recentSince: addDays(today, -RECENT_DAYS),
    quarters,
  };
  const tenant = await em.findOne(Tenant, { id: tenantId }, { fields: ['kind'] });
  const tenantKind = tenant?.kind ?? 'provider';

  let deadlines: Home['deadlines'] = null;
  if (can('deadlines.read') && tenantKind !== 'agency') {
    // The same window and the same computation as the deadlines page and the header's count: they cannot disagree.
    const staffNorms = ctx.plugins.jurisdiction?.staffNorms ?? null;
    const items = await computeDeadlines(em, windowOf(tenantId, {}, now, staffNorms));
    deadlines = {
      ...deadlineSummary(items),
      overdueByKind: overdueByKind(items),
      dueSoon: items.filter((i) => i.status === 'due').slice(0, URGENT_LIMIT),
    };
  }

  const home: Home = {
    today,
    tenantKind,
    deadlines,
    checks: null,
    inspections: null,
    quarters: quarters.map(quarterKey),
    services: null,
    feedback: null,
    documents: null,
    onboarding: null,
  };
  if (tenantKind === 'provider') await providerParts(ctx, home, window);
  // The path is for whoever sets the organisation up: its admin and quality lead (they may register services).
  if (tenantKind === 'provider' && can('services.manage')) home.onboarding = await onboardingOf(ctx);
  if (tenantKind === 'municipality') await municipalityParts(ctx, home, window);
  return home;
}

/** The overdue items counted by kind, the kind whose oldest item has waited longest first. */
export function overdueByKind(items: Pick<DueItem, 'kind' | 'status' | 'tracked' | 'dueOn'>[]) {
  const kinds = new Map<string, { kind: string; count: number; firstDue: string }>();
  for (const item of items.filter(isOverdue)) {
    const group = kinds.get(item.kind) ?? { kind: item.kind, count: 0, firstDue: item.dueOn };
    group.count++;
    if (item.dueOn < group.firstDue) group.firstDue = item.dueOn;
    kinds.set(item.kind, group);
  }
  return [...kinds.values()].sort((a, b) => a.firstDue.localeCompare(b.firstDue) || b.count - a.count);
}
