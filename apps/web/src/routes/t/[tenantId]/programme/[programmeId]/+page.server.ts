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

/** The unfinished measures a review carries over to the next programme. */
const carriedOver = (data: FormData) =>
  data.getAll('carriedOverMeasureIds').filter((v): v is string => typeof v === 'string');

const ids = (event: RequestEvent) => ({
  tenantId: event.params.tenantId,
  programmeId: event.params.programmeId,
});

/** One of the API's answers, as the typed client gives it. */
type Answered = { error?: unknown; response: Response };

/**
 * A form of the programme page that stays on the page, the same way for each: call the API; when it refuses, hand back
 * the problem and what `kept` keeps of what was typed (under the measure the form belongs to, when it sends a
 * `measureId`); otherwise say the action is done.
 */
function act(
  action: string,
  call: (event: RequestEvent, data: FormData) => Promise<Answered>,
  kept?: (data: FormData) => Record<string, string>,
) {
  return async (event: RequestEvent) => {
    const data = await event.request.formData();
    const measureId = text(data, 'measureId') || undefined;
    const { error: problem, response } = await call(event, data);
    if (!response.ok)
      return refused(event, action, response, problem, {
        ...(measureId ? { measureId } : {}),
        ...(kept ? { values: kept(data) } : {}),
      });
    return { action, ...(measureId ? { measureId } : {}), done: true };
  };
}

/** The measure a form under it acts on. */
const measure = (event: RequestEvent, data: FormData) => ({
  ...ids(event),
  measureId: text(data, 'measureId'),
});
const version = (data: FormData) => number(text(data, 'version'));

export const actions: Actions = {
  submit: act('submit', (event, data) =>
    event.locals.api.POST('/api/v1/tenants/{tenantId}/programmes/{programmeId}/submission', {
      params: { path: ids(event) },
      body: { version: version(data) },
    }),
  ),

  reopen: act('reopen', (event, data) =>
    event.locals.api.POST('/api/v1/tenants/{tenantId}/programmes/{programmeId}/reopening', {
      params: { path: ids(event) },
      body: { version: version(data) },
    }),
  ),

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

  updateMeasure: act(
    'updateMeasure',
    (event, data) =>
      event.locals.api.PATCH('/api/v1/tenants/{tenantId}/programmes/{programmeId}/measures/{measureId}', {
        params: { path: measure(event, data) },
        body: { version: version(data), ...measureBody(data) },
      }),
    (data) => keptValues(data, MEASURE_FIELDS),
  ),

  deleteMeasure: act('deleteMeasure', (event, data) =>
    event.locals.api.DELETE('/api/v1/tenants/{tenantId}/programmes/{programmeId}/measures/{measureId}', {
      params: { path: measure(event, data) },
    }),
  ),

  progress: act(
    'progress',
    (event, data) =>
      event.locals.api.POST(
        '/api/v1/tenants/{tenantId}/programmes/{programmeId}/measures/{measureId}/progress',
        {
          params: { path: measure(event, data) },
          body: {
            version: version(data),
            status: text(data, 'status') as MeasureStatus,
            progressNote: text(data, 'progressNote') || null,
          },
        },
      ),
    (data) => keptValues(data, ['status', 'progressNote']),
  ),

  review: act(
    'review',
    (event, data) =>
      event.locals.api.POST('/api/v1/tenants/{tenantId}/programmes/{programmeId}/reviews', {
        params: { path: ids(event) },
        body: {
          reviewedOn: text(data, 'reviewedOn'),
          participants: text(data, 'participants'),
          usersConsulted: text(data, 'usersConsulted') === 'yes',
          conclusions: text(data, 'conclusions'),
          carriedOverMeasureIds: carriedOver(data),
        },
      }),
    (data) => ({ ...keptValues(data, REVIEW_FIELDS), carried: carriedOver(data).join(',') }),
  ),

  updateProgramme: act(
    'updateProgramme',
    (event, data) =>
      event.locals.api.PATCH('/api/v1/tenants/{tenantId}/programmes/{programmeId}', {
        params: { path: ids(event) },
        body: {
          version: version(data),
          title: text(data, 'title'),
          serviceId: text(data, 'serviceId') || null,
          periodStart: text(data, 'periodStart'),
          periodEnd: text(data, 'periodEnd'),
        },
      }),
    (data) => keptValues(data, ['title', 'serviceId', 'periodStart', 'periodEnd']),
  ),

  deleteProgramme: async (event) => {
    const { error: problem, response } = await event.locals.api.DELETE(
      '/api/v1/tenants/{tenantId}/programmes/{programmeId}',
      { params: { path: ids(event) } },
    );
    if (!response.ok) return refused(event, 'deleteProgramme', response, problem);
    redirect(303, `/t/${event.params.tenantId}/programme?changed=deleted`);
  },
};
