import { error, fail } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { text } from '#lib/forms.ts';
import { expectSession, requireMembership, requirePermission } from '#lib/server/guard.ts';
import { actionApi, isRefusal } from '#lib/server/call.ts';
import { formProblem, refused } from '#lib/server/problem.ts';
import { chosenFile, uploadFile } from '#lib/server/upload.ts';
import { missingOf } from '#lib/server/checklist.ts';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async (event) => {
  const { membership } = requireMembership(event, event.params.tenantId);
  requirePermission(membership, 'assessments.read');
  const { data, response } = await event.locals.api.GET(
    '/api/v1/tenants/{tenantId}/assessments/{assessmentId}',
    {
      params: { path: { tenantId: event.params.tenantId, assessmentId: event.params.assessmentId } },
    },
  );
  expectSession(event, response);
  if (!data) error(response.status === 404 ? 404 : 502, 'assessment');
  return { assessment: data };
};

const path = (event: RequestEvent) => ({
  path: { tenantId: event.params.tenantId, assessmentId: event.params.assessmentId },
});

/**
 * Every action answers for one indicator (`itemId`), so the page shows the outcome next to it. Results and notes
 * are not form actions: the page's save queue sends them as JSON to ./answers (src/lib/server/checklist.ts).
 */
const refusedItem = (itemId: string, status: number, problem: unknown) =>
  refused(status, problem, { itemId });

export const actions: Actions = {
  attach: async (event) => {
    const data = await event.request.formData();
    const itemId = text(data, 'itemId');
    const answer = await actionApi(event, { itemId }).POST(
      '/api/v1/tenants/{tenantId}/assessments/{assessmentId}/evidence',
      { params: path(event), body: { itemId, kind: 'document', documentId: text(data, 'documentId') } },
    );
    return isRefusal(answer) ? answer : { itemId, attached: true };
  },

  upload: async (event) => {
    const data = await event.request.formData();
    const itemId = text(data, 'itemId');
    const file = chosenFile(data, 'file');
    if (!file)
      return fail(400, {
        itemId,
        problem: {
          title: m.evidence_no_file(),
          code: 'validation_failed',
          fields: { file: m.evidence_no_file() } as Record<string, string>,
        },
      });
    const uploaded = await uploadFile(event, event.params.tenantId, file, 'file', m.error_generic());
    if ('problem' in uploaded) return fail(uploaded.status, { itemId, problem: uploaded.problem });
    const { error: problem, response } = await event.locals.api.POST(
      '/api/v1/tenants/{tenantId}/assessments/{assessmentId}/evidence',
      { params: path(event), body: { itemId, kind: 'file', fileId: uploaded.id } },
    );
    expectSession(event, response);
    if (!response.ok) {
      await event.locals.api.DELETE('/api/v1/tenants/{tenantId}/files/{fileId}', {
        params: { path: { tenantId: event.params.tenantId, fileId: uploaded.id } },
      });
      return refusedItem(itemId, response.status, problem);
    }
    return { itemId, attached: true };
  },

  record: async (event) => {
    const data = await event.request.formData();
    const itemId = text(data, 'itemId');
    const raw = text(data, 'kind');
    const kind = raw === 'observation' || raw === 'record' ? raw : 'interview';
    const description = text(data, 'description');
    const answer = await actionApi(event, { itemId, description }).POST(
      '/api/v1/tenants/{tenantId}/assessments/{assessmentId}/evidence',
      { params: path(event), body: { itemId, kind, description: description || null } },
    );
    return isRefusal(answer) ? answer : { itemId, attached: true };
  },

  remove: async (event) => {
    const data = await event.request.formData();
    const itemId = text(data, 'itemId');
    const answer = await actionApi(event, { itemId }).DELETE(
      '/api/v1/tenants/{tenantId}/assessments/{assessmentId}/evidence/{evidenceId}',
      { params: { path: { ...path(event).path, evidenceId: text(data, 'evidenceId') } } },
    );
    return isRefusal(answer) ? answer : { itemId, removed: true };
  },

  complete: async (event) => {
    const data = await event.request.formData();
    const conclusions = typeof data.get('conclusions') === 'string' ? String(data.get('conclusions')) : '';
    const {
      data: done,
      error: problem,
      response,
    } = await event.locals.api.POST('/api/v1/tenants/{tenantId}/assessments/{assessmentId}/completion', {
      params: path(event),
      body: { version: Number(text(data, 'version')) || 1, conclusions: conclusions.trim() || null },
    });
    expectSession(event, response);
    if (!done)
      return fail(response.status >= 500 ? 502 : response.status, {
        itemId: 'completion',
        conclusions,
        problem: formProblem(problem, m.error_generic()),
        missing: missingOf(problem),
      });
    return { completed: true };
  },
};
