import { error } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { expectSession, requireMembership, requirePermission } from '#lib/server/guard.ts';
import { formProblem } from '#lib/server/problem.ts';
import type { PageServerLoad } from './$types';

const PERIODS = ['month', 'quarter', 'half', 'year'] as const;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Results per question and period, chosen with a plain GET form (bookmarkable, works without JavaScript). */
export const load: PageServerLoad = async (event) => {
  const { membership } = requireMembership(event, event.params.tenantId);
  requirePermission(membership, 'surveys.read');
  const tenantId = event.params.tenantId;
  const q = event.url.searchParams;
  const serviceId = q.get('serviceId') || undefined;
  const from = q.get('from') || undefined;
  const to = q.get('to') || undefined;
  const period = PERIODS.find((p) => p === q.get('period')) ?? 'month';
  const chosen = { serviceId: serviceId ?? '', from: from ?? '', to: to ?? '', period };
  const services = await event.locals.api.GET('/api/v1/tenants/{tenantId}/services', {
    params: { path: { tenantId } },
  });
  expectSession(event, services.response);
  // A malformed date never reaches the API as such: it is named next to its field like the API's own refusals.
  const malformed = (['from', 'to'] as const).filter((n) => chosen[n] && !DAY.test(chosen[n]));
  if (malformed.length)
    return {
      services: (services.data ?? []).filter((s) => s.tenantId === tenantId),
      chosen,
      results: null,
      problem: {
        title: m.survey_results_bad_date(),
        code: 'validation_failed',
        fields: Object.fromEntries(malformed.map((n) => [n, m.survey_results_bad_date()])),
      },
    };
  const {
    data,
    error: problem,
    response,
  } = await event.locals.api.GET('/api/v1/tenants/{tenantId}/surveys/results', {
    params: {
      path: { tenantId },
      query: {
        ...(serviceId ? { serviceId } : {}),
        ...(from ? { from } : {}),
        ...(to ? { to } : {}),
        period,
      },
    },
  });
  expectSession(event, response);
  if (!data && response.status !== 400) error(response.status === 404 ? 404 : 502, 'results');
  const failure = data ? null : formProblem(problem, m.error_generic());
  if (failure)
    failure.fields = Object.fromEntries(
      Object.entries(failure.fields).map(([k, v]) => [k.replace(/^query\./, ''), v]),
    );
  return {
    services: (services.data ?? []).filter((s) => s.tenantId === tenantId),
    chosen,
    results: data ?? null,
    problem: failure,
  };
};
