import { fail, redirect } from '@sveltejs/kit';
import { thisYear } from '@mera/calendar';
import { m } from '#lib/paraglide/messages.js';
import { keptValues, text, type FormFailure } from '#lib/forms.ts';
import { requireMembership, requirePermission } from '#lib/server/guard.ts';
import { loadApi, actionApi, isRefusal } from '#lib/server/call.ts';
import { formProblem } from '#lib/server/problem.ts';
import { count, MEETING_FIELDS, meetingBody } from '#lib/server/meetings.ts';
import type { MeetingKind } from '#lib/programme.ts';
import type { Actions, PageServerLoad } from './$types';

const UUID = /^[0-9a-f-]{36}$/i;

export const load: PageServerLoad = async (event) => {
  const { membership } = requireMembership(event, event.params.tenantId);
  requirePermission(membership, 'meetings.read');
  const tenantId = event.params.tenantId;
  const path = { path: { tenantId } };
  const currentYear = thisYear();
  const asked = Number(event.url.searchParams.get('year'));
  const year = Number.isInteger(asked) && asked >= 2000 && asked <= 2100 ? asked : currentYear;
  const service = event.url.searchParams.get('service') ?? '';
  const serviceId = UUID.test(service) ? service : undefined;
  const canProgramme = membership.permissions.includes('programme.manage');
  const [meetings, services, programmes, categories] = await Promise.all([
    loadApi(event).GET('/api/v1/tenants/{tenantId}/meetings', {
      params: { ...path, query: { year, ...(serviceId ? { serviceId } : {}) } },
    }),
    event.locals.api.GET('/api/v1/tenants/{tenantId}/services', { params: path }),
    canProgramme
      ? event.locals.api.GET('/api/v1/tenants/{tenantId}/programmes', { params: path })
      : Promise.resolve(null),
    event.locals.api.GET('/api/v1/programme-categories'),
  ]);
  const kind = event.url.searchParams.get('kind');
  return {
    year: meetings,
    currentYear,
    services: (services.data ?? []).filter((s) => s.tenantId === tenantId),
    // A recommendation becomes a measure of a programme whose content can still change.
    programmes: (programmes?.data ?? []).filter(
      (p) => p.status === 'draft' || p.status === 'changes_requested',
    ),
    categories: categories.data ?? [],
    prefill: {
      kind: (kind === 'with_head' ? 'with_head' : 'team') as MeetingKind,
      serviceId: serviceId ?? '',
    },
    notice:
      (['created', 'deleted'] as const).find((n) => n === event.url.searchParams.get('changed')) ?? null,
  };
};

export const actions: Actions = {
  create: async (event) => {
    const data = await event.request.formData();
    const values = keptValues(data, [...MEETING_FIELDS, 'recommendations']);
    const recommendations = text(data, 'recommendations')
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean);
    const { tenantId } = event.params;
    const meeting = await actionApi(event, (problem, response) => {
      const failure = formProblem(problem, m.error_generic());
      // `recommendations.2` → the one textarea they were typed in.
      for (const [name, message] of Object.entries(failure.fields))
        if (name.startsWith('recommendations.')) failure.fields['recommendations'] ??= message;
      return fail(response.status >= 500 ? 502 : 400, { values, problem: failure } satisfies FormFailure);
    }).POST('/api/v1/tenants/{tenantId}/meetings', {
      params: { path: { tenantId } },
      body: { ...meetingBody(data), recommendations },
    });
    if (isRefusal(meeting)) return meeting;
    const year = meeting.heldOn.slice(0, 4);
    redirect(303, `/t/${tenantId}/meetings?year=${year}&changed=created#meeting-${meeting.id}`);
  },

  /** One action: a meeting's recommendation becomes a measure of the programme, in the category chosen. */
  toMeasure: async (event) => {
    const data = await event.request.formData();
    const recommendationId = text(data, 'recommendationId');
    const programmeId = text(data, 'programmeId');
    const { tenantId } = event.params;
    const measure = await actionApi(event, { recommendationId }).POST(
      '/api/v1/tenants/{tenantId}/programmes/{programmeId}/measures',
      {
        params: { path: { tenantId, programmeId } },
        body: {
          category: count(text(data, 'category')),
          title: text(data, 'title'),
          recommendationId,
        },
      },
    );
    if (isRefusal(measure)) return measure;
    redirect(303, `/t/${tenantId}/programme/${programmeId}?changed=measure#measure-${measure.id}`);
  },
};
