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
  result: Answered,
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

/** One of the API's answers, as the typed client gives it. */
type Answered = { data?: unknown; error?: unknown; response: Response };

/**
 * Every form of the register the same way: read what was sent, call the API, and answer with what was saved or with
 * the refusal under the form's key (`form`), keeping the `kept` fields as typed. `current` reads a changed record's
 * version when someone saved it first.
 */
function act(
  form: (data: FormData) => string,
  kept: readonly string[],
  saved: string,
  call: (event: RequestEvent, data: FormData) => Promise<Answered>,
  current?: (register: Register, data: FormData) => number | undefined,
) {
  return async (event: RequestEvent) => {
    const data = await event.request.formData();
    const result = await call(event, data);
    const version = current && ((register: Register) => current(register, data));
    return answer(event, form(data), keptValues(data, kept), result, saved, version);
  };
}

const positionBody = (data: FormData) => ({
  title: text(data, 'title'),
  category: text(data, 'category') as Category,
  plannedFte: decimal(text(data, 'plannedFte')),
});
const version = (data: FormData) => Number(text(data, 'version')) || 1;
const keyed = (kind: string, field: string) => (data: FormData) => `${kind}-${text(data, field)}`;

export const actions: Actions = {
  createPosition: act(
    () => 'position-new',
    POSITION_FIELDS,
    'position',
    ({ locals, params }, data) =>
      locals.api.POST('/api/v1/tenants/{tenantId}/staff/positions', {
        params: { path: { tenantId: params.tenantId } },
        body: { serviceId: params.serviceId, ...positionBody(data) },
      }),
  ),

  updatePosition: act(
    keyed('position', 'positionId'),
    POSITION_FIELDS,
    'position',
    ({ locals, params }, data) =>
      locals.api.PATCH('/api/v1/tenants/{tenantId}/staff/positions/{positionId}', {
        params: { path: { tenantId: params.tenantId, positionId: text(data, 'positionId') } },
        body: { version: version(data), ...positionBody(data) },
      }),
    (register, data) => register.positions.find((p) => p.id === text(data, 'positionId'))?.version,
  ),

  deletePosition: act(keyed('position', 'positionId'), [], 'deleted', ({ locals, params }, data) =>
    locals.api.DELETE('/api/v1/tenants/{tenantId}/staff/positions/{positionId}', {
      params: { path: { tenantId: params.tenantId, positionId: text(data, 'positionId') } },
    }),
  ),

  createMember: act(
    () => 'member-new',
    MEMBER_FIELDS,
    'member',
    ({ locals, params }, data) =>
      locals.api.POST('/api/v1/tenants/{tenantId}/staff/members', {
        params: { path: { tenantId: params.tenantId } },
        body: { serviceId: params.serviceId, ...memberBody(data) },
      }),
  ),

  updateMember: act(
    keyed('member', 'memberId'),
    MEMBER_FIELDS,
    'member',
    ({ locals, params }, data) =>
      locals.api.PATCH('/api/v1/tenants/{tenantId}/staff/members/{memberId}', {
        params: { path: { tenantId: params.tenantId, memberId: text(data, 'memberId') } },
        body: { version: version(data), ...memberBody(data) },
      }),
    (register, data) => register.members.find((p) => p.id === text(data, 'memberId'))?.version,
  ),

  deleteMember: act(keyed('member', 'memberId'), [], 'deleted', ({ locals, params }, data) =>
    locals.api.DELETE('/api/v1/tenants/{tenantId}/staff/members/{memberId}', {
      params: { path: { tenantId: params.tenantId, memberId: text(data, 'memberId') } },
    }),
  ),

  addTraining: act(
    keyed('training', 'memberId'),
    ['kind', 'heldOn', 'hours', 'topic', 'trainer'],
    'training',
    ({ locals, params }, data) =>
      locals.api.POST('/api/v1/tenants/{tenantId}/staff/members/{memberId}/trainings', {
        params: { path: { tenantId: params.tenantId, memberId: text(data, 'memberId') } },
        body: {
          kind: text(data, 'kind') === 'specialised' ? 'specialised' : 'induction',
          heldOn: text(data, 'heldOn'),
          hours: decimal(text(data, 'hours')),
          topic: text(data, 'topic'),
          trainer: optional(text(data, 'trainer')),
        },
      }),
  ),

  addAppraisal: act(
    keyed('appraisal', 'memberId'),
    ['year', 'appraisedOn', 'outcome', 'discussedInPerson'],
    'appraisal',
    ({ locals, params }, data) =>
      locals.api.POST('/api/v1/tenants/{tenantId}/staff/members/{memberId}/appraisals', {
        params: { path: { tenantId: params.tenantId, memberId: text(data, 'memberId') } },
        body: {
          year: decimal(text(data, 'year')),
          appraisedOn: text(data, 'appraisedOn'),
          outcome: text(data, 'outcome'),
          discussedInPerson: data.get('discussedInPerson') === 'on',
        },
      }),
  ),

  addSupervision: act(
    () => 'supervision-new',
    ['kind', 'memberId', 'heldOn', 'hours', 'supervisor', 'supervisorExternal', 'participantsCount'],
    'supervision',
    ({ locals, params }, data) => {
      const participants = text(data, 'participantsCount');
      return locals.api.POST('/api/v1/tenants/{tenantId}/staff/supervisions', {
        params: { path: { tenantId: params.tenantId } },
        body: {
          serviceId: params.serviceId,
          kind: text(data, 'kind') === 'individual' ? 'individual' : 'group',
          memberId: optional(text(data, 'memberId')),
          heldOn: text(data, 'heldOn'),
          hours: decimal(text(data, 'hours')),
          supervisor: text(data, 'supervisor'),
          supervisorExternal: data.get('supervisorExternal') === 'on',
          participantsCount: participants ? decimal(participants) : null,
        },
      });
    },
  ),

  addMentoring: act(
    () => 'mentoring-new',
    ['mentorId', 'newcomerId', 'startsOn', 'endsOn'],
    'mentoring',
    ({ locals, params }, data) =>
      locals.api.POST('/api/v1/tenants/{tenantId}/staff/mentorings', {
        params: { path: { tenantId: params.tenantId } },
        body: {
          mentorId: text(data, 'mentorId'),
          newcomerId: text(data, 'newcomerId'),
          startsOn: text(data, 'startsOn'),
          endsOn: optional(text(data, 'endsOn')),
        },
      }),
  ),

  /** Removes a training, appraisal, supervision or mentoring record entered by mistake. */
  deleteRecord: act(keyed('record', 'id'), [], 'deleted', ({ locals, params: { tenantId } }, data) => {
    const id = text(data, 'id');
    const kind = text(data, 'kind');
    const api = locals.api;
    return kind === 'training'
      ? api.DELETE('/api/v1/tenants/{tenantId}/staff/trainings/{trainingId}', {
          params: { path: { tenantId, trainingId: id } },
        })
      : kind === 'appraisal'
        ? api.DELETE('/api/v1/tenants/{tenantId}/staff/appraisals/{appraisalId}', {
            params: { path: { tenantId, appraisalId: id } },
          })
        : kind === 'supervision'
          ? api.DELETE('/api/v1/tenants/{tenantId}/staff/supervisions/{supervisionId}', {
              params: { path: { tenantId, supervisionId: id } },
            })
          : api.DELETE('/api/v1/tenants/{tenantId}/staff/mentorings/{mentoringId}', {
              params: { path: { tenantId, mentoringId: id } },
            });
  }),
};
