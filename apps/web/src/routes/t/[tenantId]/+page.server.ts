import { quarterLabel } from '#lib/format.ts';
import { scoreTrendSvg } from '#lib/server/charts.ts';
import { loadApi } from '#lib/server/call.ts';
import type { PageServerLoad } from './$types';

/** The home page: what needs the person (one read model, `GET …/home`), and the organisation's own details. */
export const load: PageServerLoad = async (event) => {
  const path = { params: { path: { tenantId: event.params.tenantId } } };
  const [home, tenant] = await Promise.all([
    loadApi(event).GET('/api/v1/tenants/{tenantId}/home', path),
    event.locals.api.GET('/api/v1/tenants/{tenantId}', path),
  ]);
  // Each service's score per quarter, drawn here as SVG (only where there is at least one score).
  const trends = Object.fromEntries(
    (home.services ?? [])
      .filter((service) => service.trend.some((point) => point.score !== null))
      .map((service) => [
        service.serviceId,
        scoreTrendSvg(service.trend.map((p) => ({ label: quarterLabel(p.quarter), score: p.score }))),
      ]),
  );
  return { home, tenant: tenant.data ?? null, trends };
};
