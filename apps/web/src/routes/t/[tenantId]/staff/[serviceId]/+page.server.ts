import { fail } from '@sveltejs/kit';
import { today } from '@mera/calendar';
import type { components } from '@mera/api-client';
import { m } from '#lib/paraglide/messages.js';
import { keptValues, text, type FormFailure } from '#lib/forms.ts';
import { expectSession, requireMembership, requirePermission } from '#lib/server/guard.ts';
import { loadApi } from '#lib/server/call.ts';
import { formProblem } from '#lib/server/problem.ts';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

type Register = components['schemas']['StaffRegister'];
type Category = Register['positions'][number]['category'];
type EmploymentType = Register['members'][number]['employmentType'];

export const load: PageServerLoad = async (event) => {
  const { membership } = requireMembership(event, event.params.tenantId);
  requirePermission(membership, 'staff.read');
  const register = await loadApi(event).GET('/api/v1/tenants/{tenantId}/staff/services/{serviceId}', {
    params: { path: { tenantId: event.params.tenantId, serviceId: event.params.serviceId }, query: {} },
  });
  return { register: register, today: today() };
};

/**
 * A number as typed, with a decimal comma as Bulgarians write it ("0,5"); anything else goes to the API as typed, for
 * it to name the rule next to the field.
 */
function decimal(value: string): number {
  return /^\d+([.,]\d+)?$/.test(value) ? Number(value.replace(',', '.')) : (value as unknown as number);
}
const optional = (value: string) => value || null;

/** What a refused form hands back: which form it was (several are on the page), what was typed, and the problem. */
type StaffFailure = FormFailure & { form: string };

async function answer(
  event: RequestEvent,
  form: string,
  values: Record<string, string>,
  result: { data?: unknown; error?: unknown; response: Response },
  saved: string,
  /** For a change: the record's version now, read when someone saved first, so a second save knowingly replaces. */
  currentVersion?: (register: Register) => number | undefined,
) {
  expectSession(event, result.response);
  if (result.data) return { saved };
  const status = result.response.status;
  let version: number | undefined;
  if (status === 409 && currentVersion) {
    const { tenantId, serviceId } = event.params;
    const now = await event.locals.api.GET('/api/v1/tenants/{tenantId}/staff/services/{serviceId}', {
      params: { path: { tenantId, serviceId }, query: {} },
    });
    version = now.data ? currentVersion(now.data) : undefined;
  }
  return fail(status === 409 ? 409 : status >= 500 ? 502 : 400, {
    form,
    values: version === undefined ? values : { ...values, version: String(version) },
    problem: formProblem(result.error, m.error_generic()),
  } satisfies StaffFailure);
}

const POSITION_FIELDS = ['title', 'category', 'plannedFte'] as const;
const MEMBER_FIELDS = [
  'fullName',
  'positionId',
  'employmentType',
  'fte',
  'startedOn',
  'endedOn',
  'qualification',
  'newToSocialServices',
] as const;

function memberBody(data: FormData) {
  return {
    positionId: optional(text(data, 'positionId')),
    fullName: text(data, 'fullName'),
    employmentType: text(data, 'employmentType') as EmploymentType,
    fte: decimal(text(data, 'fte') || '1'),
    startedOn: text(data, 'startedOn'),
    endedOn: optional(text(data, 'endedOn')),
    qualification: optional(text(data, 'qualification')),
    newToSocialServices: data.get('newToSocialServices') === 'on',
  };
}

export const actions: Actions = {
  createPosition: async (event) => {
    const { tenantId, serviceId } = event.params;
    const data = await event.request.formData();
    const result = await event.locals.api.POST('/api/v1/tenants/{tenantId}/staff/positions', {
      params: { path: { tenantId } },
      body: {
        serviceId,
        title: text(data, 'title'),
        category: text(data, 'category') as Category,
        plannedFte: decimal(text(data, 'plannedFte')),
      },
    });
    return answer(event, 'position-new', keptValues(data, POSITION_FIELDS), result, 'position');
  },

  updatePosition: async (event) => {
    const { tenantId } = event.params;
    const data = await event.request.formData();
    const positionId = text(data, 'positionId');
    const result = await event.locals.api.PATCH('/api/v1/tenants/{tenantId}/staff/positions/{positionId}', {
      params: { path: { tenantId, positionId } },
      body: {
        version: Number(text(data, 'version')) || 1,
        title: text(data, 'title'),
        category: text(data, 'category') as Category,
        plannedFte: decimal(text(data, 'plannedFte')),
      },
    });
    return answer(
      event,
      `position-${positionId}`,
      keptValues(data, POSITION_FIELDS),
      result,
      'position',
      (register) => register.positions.find((p) => p.id === positionId)?.version,
    );
  },

  deletePosition: async (event) => {
    const { tenantId } = event.params;
    const data = await event.request.formData();
    const positionId = text(data, 'positionId');
    const result = await event.locals.api.DELETE('/api/v1/tenants/{tenantId}/staff/positions/{positionId}', {
      params: { path: { tenantId, positionId } },
    });
    return answer(event, `position-${positionId}`, {}, result, 'deleted');
  },

  createMember: async (event) => {
    const { tenantId, serviceId } = event.params;
    const data = await event.request.formData();
    const result = await event.locals.api.POST('/api/v1/tenants/{tenantId}/staff/members', {
      params: { path: { tenantId } },
      body: { serviceId, ...memberBody(data) },
    });
    return answer(event, 'member-new', keptValues(data, MEMBER_FIELDS), result, 'member');
  },

  updateMember: async (event) => {
    const { tenantId } = event.params;
    const data = await event.request.formData();
    const memberId = text(data, 'memberId');
    const result = await event.locals.api.PATCH('/api/v1/tenants/{tenantId}/staff/members/{memberId}', {
      params: { path: { tenantId, memberId } },
      body: { version: Number(text(data, 'version')) || 1, ...memberBody(data) },
    });
    return answer(
      event,
      `member-${memberId}`,
      keptValues(data, MEMBER_FIELDS),
      result,
      'member',
      (register) => register.members.find((p) => p.id === memberId)?.version,
    );
  },

  deleteMember: async (event) => {
    const { tenantId } = event.params;
    const data = await event.request.formData();
    const memberId = text(data, 'memberId');
    const result = await event.locals.api.DELETE('/api/v1/tenants/{tenantId}/staff/members/{memberId}', {
      params: { path: { tenantId, memberId } },
    });
    return answer(event, `member-${memberId}`, {}, result, 'deleted');
  },

  addTraining: async (event) => {
    const { tenantId } = event.params;
    const data = await event.request.formData();
    const memberId = text(data, 'memberId');
    const result = await event.locals.api.POST(
      '/api/v1/tenants/{tenantId}/staff/members/{memberId}/trainings',
      {
        params: { path: { tenantId, memberId } },
        body: {
          kind: text(data, 'kind') === 'specialised' ? 'specialised' : 'induction',
          heldOn: text(data, 'heldOn'),
          hours: decimal(text(data, 'hours')),
          topic: text(data, 'topic'),
          trainer: optional(text(data, 'trainer')),
        },
      },
    );
    return answer(
      event,
      `training-${memberId}`,
      keptValues(data, ['kind', 'heldOn', 'hours', 'topic', 'trainer']),
      result,
      'training',
    );
  },

  addAppraisal: async (event) => {
    const { tenantId } = event.params;
    const data = await event.request.formData();
    const memberId = text(data, 'memberId');
    const result = await event.locals.api.POST(
      '/api/v1/tenants/{tenantId}/staff/members/{memberId}/appraisals',
      {
        params: { path: { tenantId, memberId } },
        body: {
          year: decimal(text(data, 'year')),
          appraisedOn: text(data, 'appraisedOn'),
          outcome: text(data, 'outcome'),
          discussedInPerson: data.get('discussedInPerson') === 'on',
        },
      },
    );
    return answer(
      event,
      `appraisal-${memberId}`,
      keptValues(data, ['year', 'appraisedOn', 'outcome', 'discussedInPerson']),
      result,
      'appraisal',
    );
  },

  addSupervision: async (event) => {
    const { tenantId, serviceId } = event.params;
    const data = await event.request.formData();
    const participants = text(data, 'participantsCount');
    const result = await event.locals.api.POST('/api/v1/tenants/{tenantId}/staff/supervisions', {
      params: { path: { tenantId } },
      body: {
        serviceId,
        kind: text(data, 'kind') === 'individual' ? 'individual' : 'group',
        memberId: optional(text(data, 'memberId')),
        heldOn: text(data, 'heldOn'),
        hours: decimal(text(data, 'hours')),
        supervisor: text(data, 'supervisor'),
        supervisorExternal: data.get('supervisorExternal') === 'on',
        participantsCount: participants ? decimal(participants) : null,
      },
    });
    return answer(
      event,
      'supervision-new',
      keptValues(data, [
        'kind',
        'memberId',
        'heldOn',
        'hours',
        'supervisor',
        'supervisorExternal',
        'participantsCount',
      ]),
      result,
      'supervision',
    );
  },

  addMentoring: async (event) => {
    const { tenantId } = event.params;
    const data = await event.request.formData();
    const result = await event.locals.api.POST('/api/v1/tenants/{tenantId}/staff/mentorings', {
      params: { path: { tenantId } },
      body: {
        mentorId: text(data, 'mentorId'),
        newcomerId: text(data, 'newcomerId'),
        startsOn: text(data, 'startsOn'),
        endsOn: optional(text(data, 'endsOn')),
      },
    });
    return answer(
      event,
      'mentoring-new',
      keptValues(data, ['mentorId', 'newcomerId', 'startsOn', 'endsOn']),
      result,
      'mentoring',
    );
  },

  /** Removes a training, appraisal, supervision or mentoring record entered by mistake. */
  deleteRecord: async (event) => {
    const { tenantId } = event.params;
    const data = await event.request.formData();
    const id = text(data, 'id');
    const kind = text(data, 'kind');
    const api = event.locals.api;
    const result =
      kind === 'training'
        ? await api.DELETE('/api/v1/tenants/{tenantId}/staff/trainings/{trainingId}', {
            params: { path: { tenantId, trainingId: id } },
          })
        : kind === 'appraisal'
          ? await api.DELETE('/api/v1/tenants/{tenantId}/staff/appraisals/{appraisalId}', {
              params: { path: { tenantId, appraisalId: id } },
            })
          : kind === 'supervision'
            ? await api.DELETE('/api/v1/tenants/{tenantId}/staff/supervisions/{supervisionId}', {
                params: { path: { tenantId, supervisionId: id } },
              })
            : await api.DELETE('/api/v1/tenants/{tenantId}/staff/mentorings/{mentoringId}', {
                params: { path: { tenantId, mentoringId: id } },
              });
    return answer(event, `record-${id}`, {}, result, 'deleted');
  },
};
