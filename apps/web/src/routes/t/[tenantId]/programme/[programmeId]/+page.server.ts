import { fail, redirect } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { keptValues, text } from '#lib/forms.ts';
import { expectSession, requireMembership, requirePermission } from '#lib/server/guard.ts';
import { loadApi } from '#lib/server/call.ts';
import { formProblem } from '#lib/server/problem.ts';
import { loadComments } from '#lib/server/comments.ts';
import type { MeasureStatus } from '#lib/programme.ts';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async (event) => {
  const { membership } = requireMembership(event, event.params.tenantId);
  requirePermission(membership, 'programme.read');
  const { tenantId, programmeId } = event.params;
  const [programme, categories, members, services] = await Promise.all([
    loadApi(event).GET('/api/v1/tenants/{tenantId}/programmes/{programmeId}', {
      params: { path: { tenantId, programmeId } },
    }),
    event.locals.api.GET('/api/v1/programme-categories'),
    event.locals.api.GET('/api/v1/tenants/{tenantId}/members', { params: { path: { tenantId } } }),
    event.locals.api.GET('/api/v1/tenants/{tenantId}/services', { params: { path: { tenantId } } }),
  ]);
  const changed = event.url.searchParams.get('changed');
  // The commissioning municipality's comments on this programme, once it has been sent (read-only here).
  const comments = programme.submittedAt
    ? await loadComments(event, { kind: 'programme', tenantId, id: programmeId })
    : [];
  return {
    programme: programme,
    comments,
    categories: categories.data ?? [],
    members: (members.data ?? []).map((member) => ({ userId: member.userId, name: member.displayName })),
    services: (services.data ?? []).filter((s) => s.tenantId === tenantId),
    notice: changed === 'created' || changed === 'measure' ? changed : null,
  };
};

const MEASURE_FIELDS = [
  'category',
  'title',
  'finding',
  'responsibleUserId',
  'deadline',
  'indicatorId',
] as const;
const REVIEW_FIELDS = ['reviewedOn', 'participants', 'conclusions', 'usersConsulted'] as const;

/** Digits become a number; anything else goes to the API as typed, for it to name the rule. */
const number = (value: string): number =>
  /^\d+$/.test(value) ? Number(value) : (value as unknown as number);

function measureBody(data: FormData) {
  return {
    category: number(text(data, 'category')),
    title: text(data, 'title'),
    finding: text(data, 'finding') || null,
    responsibleUserId: text(data, 'responsibleUserId') || null,
    deadline: text(data, 'deadline') || null,
    indicatorId: text(data, 'indicatorId') || null,
  };
}

/** What an action hands back when the API refused it: which form, the values to show again, the problem. */
function refused(
  event: RequestEvent,
  action: string,
  response: Response,
  problem: unknown,
  extra: { measureId?: string; values?: Record<string, string> } = {},
) {
  expectSession(event, response);
  return fail(response.status === 409 ? 409 : response.status >= 500 ? 502 : 400, {
    action,
    measureId: extra.measureId ?? null,
    values: extra.values ?? {},
    problem: formProblem(problem, m.error_generic()),
  });
}

const ids = (event: RequestEvent) => ({
  tenantId: event.params.tenantId,
  programmeId: event.params.programmeId,
});

export const actions: Actions = {
  submit: async (event) => {
    const data = await event.request.formData();
    const { error: problem, response } = await event.locals.api.POST(
      '/api/v1/tenants/{tenantId}/programmes/{programmeId}/submission',
      { params: { path: ids(event) }, body: { version: number(text(data, 'version')) } },
    );
    if (!response.ok) return refused(event, 'submit', response, problem);
    return { action: 'submit', done: true };
  },

  reopen: async (event) => {
    const data = await event.request.formData();
    const { error: problem, response } = await event.locals.api.POST(
      '/api/v1/tenants/{tenantId}/programmes/{programmeId}/reopening',
      { params: { path: ids(event) }, body: { version: number(text(data, 'version')) } },
    );
    if (!response.ok) return refused(event, 'reopen', response, problem);
    return { action: 'reopen', done: true };
  },

  addMeasure: async (event) => {
    const data = await event.request.formData();
    const {
      data: measure,
      error: problem,
      response,
    } = await event.locals.api.POST('/api/v1/tenants/{tenantId}/programmes/{programmeId}/measures', {
      params: { path: ids(event) },
      body: measureBody(data),
    });
    if (!measure)
      return refused(event, 'addMeasure', response, problem, { values: keptValues(data, MEASURE_FIELDS) });
    const { tenantId, programmeId } = ids(event);
    redirect(303, `/t/${tenantId}/programme/${programmeId}?changed=measure#measure-${measure.id}`);
  },

  updateMeasure: async (event) => {
    const data = await event.request.formData();
    const measureId = text(data, 'measureId');
    const { error: problem, response } = await event.locals.api.PATCH(
      '/api/v1/tenants/{tenantId}/programmes/{programmeId}/measures/{measureId}',
      {
        params: { path: { ...ids(event), measureId } },
        body: { version: number(text(data, 'version')), ...measureBody(data) },
      },
    );
    if (!response.ok)
      return refused(event, 'updateMeasure', response, problem, {
        measureId,
        values: keptValues(data, MEASURE_FIELDS),
      });
    return { action: 'updateMeasure', measureId, done: true };
  },

  deleteMeasure: async (event) => {
    const data = await event.request.formData();
    const measureId = text(data, 'measureId');
    const { error: problem, response } = await event.locals.api.DELETE(
      '/api/v1/tenants/{tenantId}/programmes/{programmeId}/measures/{measureId}',
      { params: { path: { ...ids(event), measureId } } },
    );
    if (!response.ok) return refused(event, 'deleteMeasure', response, problem, { measureId });
    return { action: 'deleteMeasure', done: true };
  },

  progress: async (event) => {
    const data = await event.request.formData();
    const measureId = text(data, 'measureId');
    const { error: problem, response } = await event.locals.api.POST(
      '/api/v1/tenants/{tenantId}/programmes/{programmeId}/measures/{measureId}/progress',
      {
        params: { path: { ...ids(event), measureId } },
        body: {
          version: number(text(data, 'version')),
          status: text(data, 'status') as MeasureStatus,
          progressNote: text(data, 'progressNote') || null,
        },
      },
    );
    if (!response.ok)
      return refused(event, 'progress', response, problem, {
        measureId,
        values: keptValues(data, ['status', 'progressNote']),
      });
    return { action: 'progress', measureId, done: true };
  },

  review: async (event) => {
    const data = await event.request.formData();
    const carried = data.getAll('carriedOverMeasureIds').filter((v): v is string => typeof v === 'string');
    const { error: problem, response } = await event.locals.api.POST(
      '/api/v1/tenants/{tenantId}/programmes/{programmeId}/reviews',
      {
        params: { path: ids(event) },
        body: {
          reviewedOn: text(data, 'reviewedOn'),
          participants: text(data, 'participants'),
          usersConsulted: text(data, 'usersConsulted') === 'yes',
          conclusions: text(data, 'conclusions'),
          carriedOverMeasureIds: carried,
        },
      },
    );
    if (!response.ok)
      return refused(event, 'review', response, problem, {
        values: { ...keptValues(data, REVIEW_FIELDS), carried: carried.join(',') },
      });
    return { action: 'review', done: true };
  },

  updateProgramme: async (event) => {
    const data = await event.request.formData();
    const { error: problem, response } = await event.locals.api.PATCH(
      '/api/v1/tenants/{tenantId}/programmes/{programmeId}',
      {
        params: { path: ids(event) },
        body: {
          version: number(text(data, 'version')),
          title: text(data, 'title'),
          serviceId: text(data, 'serviceId') || null,
          periodStart: text(data, 'periodStart'),
          periodEnd: text(data, 'periodEnd'),
        },
      },
    );
    if (!response.ok)
      return refused(event, 'updateProgramme', response, problem, {
        values: keptValues(data, ['title', 'serviceId', 'periodStart', 'periodEnd']),
      });
    return { action: 'updateProgramme', done: true };
  },

  deleteProgramme: async (event) => {
    const { error: problem, response } = await event.locals.api.DELETE(
      '/api/v1/tenants/{tenantId}/programmes/{programmeId}',
      { params: { path: ids(event) } },
    );
    if (!response.ok) return refused(event, 'deleteProgramme', response, problem);
    redirect(303, `/t/${event.params.tenantId}/programme?changed=deleted`);
  },
};
