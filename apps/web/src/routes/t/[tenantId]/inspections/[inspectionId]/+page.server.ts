import { fail, redirect } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { keptValues, text } from '#lib/forms.ts';
import { expectSession, requireMembership, requirePermission } from '#lib/server/guard.ts';
import { actionApi, isRefusal, loadApi } from '#lib/server/call.ts';
import { missingOf } from '#lib/server/checklist.ts';
import { formProblem } from '#lib/server/problem.ts';
import { chosenFile } from '#lib/server/upload.ts';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async (event) => {
  const { membership } = requireMembership(event, event.params.tenantId);
  requirePermission(membership, 'inspections.read');
  const data = await loadApi(event).GET('/api/v1/tenants/{tenantId}/inspections/{inspectionId}', {
    params: { path: { tenantId: event.params.tenantId, inspectionId: event.params.inspectionId } },
  });
  return { inspection: data };
};

const path = (event: RequestEvent) => ({
  path: { tenantId: event.params.tenantId, inspectionId: event.params.inspectionId },
});

/**
 * Each action answers for one part of the page (`part`: an indicator's id, `report`, `sign`…). Findings and notes
 * are not form actions: the page's save queue sends them as JSON to ./answers (src/lib/server/checklist.ts). An
 * action's API call refused goes back to its part with what was typed.
 */
const forPart = (event: RequestEvent, part: string, values: Record<string, string> = {}) =>
  actionApi(event, { part, values });

const REPORT_FIELDS = [
  'completedOn',
  'providerPresent',
  'usersConsented',
  'consentNote',
  'facts',
  'otherViolations',
  'conclusions',
] as const;

export const actions: Actions = {
  upload: async (event) => {
    const data = await event.request.formData();
    const itemId = text(data, 'itemId');
    const part = itemId || 'attachments';
    const file = chosenFile(data, 'file');
    if (!file)
      return fail(400, {
        part,
        values: {},
        problem: {
          title: m.evidence_no_file(),
          code: 'validation_failed',
          fields: { file: m.evidence_no_file() } as Record<string, string>,
        },
      });
    const description = text(data, 'description');
    const { error: problem, response } = await event.locals.api.POST(
      '/api/v1/tenants/{tenantId}/inspections/{inspectionId}/attachments',
      {
        params: {
          ...path(event),
          query: {
            name: file.name || 'снимка',
            ...(itemId ? { itemId } : {}),
            ...(description ? { description } : {}),
          },
        },
        body: new Uint8Array(await file.arrayBuffer()) as unknown as never,
        bodySerializer: (body: unknown) => body as BodyInit,
        headers: { 'content-type': 'application/octet-stream' },
      },
    );
    expectSession(event, response);
    if (!response.ok) {
      const formed = formProblem(problem, m.error_generic());
      formed.fields['file'] = formed.fields['body'] ?? formed.fields['query.name'] ?? formed.title;
      return fail(response.status >= 500 ? 502 : response.status, { part, values: {}, problem: formed });
    }
    return { part, attached: true };
  },

  removeAttachment: async (event) => {
    const data = await event.request.formData();
    const part = text(data, 'itemId') || 'attachments';
    const answer = await forPart(event, part).DELETE(
      '/api/v1/tenants/{tenantId}/inspections/{inspectionId}/attachments/{attachmentId}',
      { params: { path: { ...path(event).path, attachmentId: text(data, 'attachmentId') } } },
    );
    return isRefusal(answer) ? answer : { part, removed: true };
  },

  report: async (event) => {
    const data = await event.request.formData();
    const values = keptValues(data, REPORT_FIELDS);
    const optional = (name: string) => text(data, name) || null;
    const consented = text(data, 'usersConsented');
    const usersAsked = data.get('usersAsked') === 'on';
    const answer = await forPart(event, 'report', { ...values, usersAsked: usersAsked ? 'on' : '' }).PATCH(
      '/api/v1/tenants/{tenantId}/inspections/{inspectionId}',
      {
        params: path(event),
        body: {
          version: Number(text(data, 'version')) || 1,
          completedOn: optional('completedOn'),
          providerPresent: optional('providerPresent'),
          usersAsked,
          usersConsented: consented === '' ? null : Number(consented),
          consentNote: optional('consentNote'),
          facts: optional('facts'),
          otherViolations: optional('otherViolations'),
          conclusions: optional('conclusions'),
        },
      },
    );
    return isRefusal(answer) ? answer : { part: 'report', saved: true };
  },

  prescribe: async (event) => {
    const data = await event.request.formData();
    const values = keptValues(data, ['text', 'dueOn']);
    const answer = await forPart(event, 'prescriptions', values).POST(
      '/api/v1/tenants/{tenantId}/inspections/{inspectionId}/prescriptions',
      { params: path(event), body: { text: text(data, 'text'), dueOn: text(data, 'dueOn') } },
    );
    return isRefusal(answer) ? answer : { part: 'prescriptions', saved: true };
  },

  removePrescription: async (event) => {
    const data = await event.request.formData();
    const answer = await forPart(event, 'prescriptions').DELETE(
      '/api/v1/tenants/{tenantId}/inspections/{inspectionId}/prescriptions/{prescriptionId}',
      { params: { path: { ...path(event).path, prescriptionId: text(data, 'prescriptionId') } } },
    );
    return isRefusal(answer) ? answer : { part: 'prescriptions', removed: true };
  },

  fulfilled: async (event) => {
    const data = await event.request.formData();
    const answer = await forPart(event, 'prescriptions').PATCH(
      '/api/v1/tenants/{tenantId}/inspections/{inspectionId}/prescriptions/{prescriptionId}',
      {
        params: { path: { ...path(event).path, prescriptionId: text(data, 'prescriptionId') } },
        body: { doneOn: text(data, 'doneOn') || null },
      },
    );
    return isRefusal(answer) ? answer : { part: 'prescriptions', saved: true };
  },

  sign: async (event) => {
    const { error: problem, response } = await event.locals.api.POST(
      '/api/v1/tenants/{tenantId}/inspections/{inspectionId}/signatures',
      { params: path(event) },
    );
    expectSession(event, response);
    if (!response.ok)
      return fail(response.status >= 500 ? 502 : response.status, {
        part: 'sign',
        values: {},
        problem: formProblem(problem, m.error_generic()),
        missing: missingOf(problem),
      });
    return { part: 'sign', signed: true };
  },

  forward: async (event) => {
    const data = await event.request.formData();
    const values = keptValues(data, ['letterNumber']);
    const answer = await forPart(event, 'forward', values).POST(
      '/api/v1/tenants/{tenantId}/inspections/{inspectionId}/forwarding',
      { params: path(event), body: { letterNumber: text(data, 'letterNumber') } },
    );
    return isRefusal(answer) ? answer : { part: 'forward', forwarded: true };
  },

  correct: async (event) => {
    const created = await forPart(event, 'correct').POST(
      '/api/v1/tenants/{tenantId}/inspections/{inspectionId}/corrections',
      { params: path(event) },
    );
    if (isRefusal(created)) return created;
    redirect(303, `/t/${event.params.tenantId}/inspections/${created.id}`);
  },
};
