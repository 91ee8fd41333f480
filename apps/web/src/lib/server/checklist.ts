import { json, type RequestEvent } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { RESULTS, type Result } from '#lib/evidence.ts';
import { formProblem } from './problem.ts';

/**
 * The browser's saves of a checklist (a provider's check or an inspection), through the web app's own session: the
 * page's save queue sends JSON to the checklist's `answers` endpoint, which passes it to the API with the person's
 * token from the session cookies. A cross-site write never gets here (hooks.server.ts checks the Origin of every
 * PUT and POST). Answers are JSON for the queue, never redirects: a session that ended is a 401 the page shows,
 * while the answer waits in the browser's outbox until the person has logged in again.
 * docs/decisions/076-checklist-saves-through-json-endpoints.md
 */
export type ChecklistKind = 'assessment' | 'inspection';

const PERMISSION = { assessment: 'assessments.fill', inspection: 'inspections.conduct' } as const;

interface AnswerBody {
  itemId: string;
  result: Result | null;
  note: string;
  version: number;
}

function parseAnswer(body: unknown): AnswerBody | null {
  if (typeof body !== 'object' || body === null) return null;
  const { itemId, result, note, version } = body as Record<string, unknown>;
  if (typeof itemId !== 'string' || typeof note !== 'string' || !Number.isInteger(version)) return null;
  if (result !== null && !(RESULTS as readonly unknown[]).includes(result)) return null;
  return { itemId, result: result as Result | null, note, version: version as number };
}

function refused(status: number, code: string, title: string, extra: object = {}) {
  return json({ code, title, ...extra }, { status });
}

/** Who may write here, or the refusal to send back (JSON, so the queue can keep the answer and say why). */
function guard(event: RequestEvent, kind: ChecklistKind): Response | null {
  const person = event.locals.person;
  if (!person) return refused(401, 'session_ended', m.checklist_session_ended());
  const membership = person.memberships.find((candidate) => candidate.tenantId === event.params['tenantId']);
  if (!membership) return refused(404, 'not_found', m.error_generic());
  if (!membership.permissions.includes(PERMISSION[kind])) return refused(403, 'forbidden', m.error_generic());
  return null;
}

/** The API's refusal as the queue shows it: the localised title, a conflict's `current`, a 502 when it is away. */
async function passOn(response: Response, problem: unknown): Promise<Response> {
  if (response.status === 401) return refused(401, 'session_ended', m.checklist_session_ended());
  const formed = formProblem(problem, m.error_generic());
  const detail = problem as { current?: unknown; missing?: unknown; params?: unknown } | undefined;
  return refused(response.status >= 500 ? 502 : response.status, formed.code, formed.title, {
    fields: formed.fields,
    ...(detail?.current ? { current: detail.current } : {}),
  });
}

/** PUT …/answers: one indicator's result and note, with the version they had (issue 11). */
export async function saveAnswer(event: RequestEvent, kind: ChecklistKind): Promise<Response> {
  const refusal = guard(event, kind);
  if (refusal) return refusal;
  const answer = parseAnswer(await event.request.json().catch(() => null));
  if (!answer) return refused(400, 'validation_failed', m.error_generic());
  const tenantId = event.params['tenantId'] ?? '';
  const body = { ...answer, note: answer.note.trim() || null };
  const sent =
    kind === 'assessment'
      ? await event.locals.api.PUT('/api/v1/tenants/{tenantId}/assessments/{assessmentId}/results', {
          params: { path: { tenantId, assessmentId: event.params['assessmentId'] ?? '' } },
          body,
        })
      : await event.locals.api.PUT('/api/v1/tenants/{tenantId}/inspections/{inspectionId}/findings', {
          params: { path: { tenantId, inspectionId: event.params['inspectionId'] ?? '' } },
          body,
        });
  if (!sent.data) return passOn(sent.response, sent.error);
  const saved = sent.data as { version?: number; resultVersion?: number; findingVersion?: number };
  return json({ version: saved.version ?? saved.resultVersion ?? saved.findingVersion ?? 0 });
}

/**
 * POST …/actions: from a not-met or partly-met indicator, a measure in the service's quality programme (a check,
 * art. 19) or a prescription (an inspection, art. 33(2)), prefilled by the API from the indicator.
 */
export async function createAction(event: RequestEvent, kind: ChecklistKind): Promise<Response> {
  const refusal = guard(event, kind);
  if (refusal) return refusal;
  const body = (await event.request.json().catch(() => null)) as { itemId?: unknown } | null;
  if (typeof body?.itemId !== 'string' || !body.itemId)
    return refused(400, 'validation_failed', m.error_generic());
  const tenantId = event.params['tenantId'] ?? '';
  if (kind === 'assessment') {
    const sent = await event.locals.api.POST(
      '/api/v1/tenants/{tenantId}/assessments/{assessmentId}/items/{itemId}/measure',
      {
        params: { path: { tenantId, assessmentId: event.params['assessmentId'] ?? '', itemId: body.itemId } },
        body: {},
      },
    );
    if (!sent.data) return passOn(sent.response, sent.error);
    const { id, title, programmeId } = sent.data;
    return json({ kind: 'measure', id, title, programmeId }, { status: 201 });
  }
  const sent = await event.locals.api.POST(
    '/api/v1/tenants/{tenantId}/inspections/{inspectionId}/items/{itemId}/prescription',
    {
      params: { path: { tenantId, inspectionId: event.params['inspectionId'] ?? '', itemId: body.itemId } },
      body: {},
    },
  );
  if (!sent.data) return passOn(sent.response, sent.error);
  return json({ kind: 'prescription', id: sent.data.id, title: sent.data.text }, { status: 201 });
}

/** The unanswered indicators of a refused completion or signature (422 `checklist_incomplete`), in catalogue order. */
export function missingOf(problem: unknown): { itemId: string; key: string; criterionKey?: string }[] {
  const missing = (problem as { code?: string; missing?: unknown } | undefined)?.missing;
  return Array.isArray(missing)
    ? missing.filter(
        (item): item is { itemId: string; key: string } =>
          typeof (item as { itemId?: unknown }).itemId === 'string' &&
          typeof (item as { key?: unknown }).key === 'string',
      )
    : [];
}
