import { fail, redirect } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { keptValues, text, type FormFailure } from '#lib/forms.ts';
import { requireMembership, requirePermission } from '#lib/server/guard.ts';
import { loadApi, actionApi, isRefusal } from '#lib/server/call.ts';
import { formProblem } from '#lib/server/problem.ts';
import { chosenFile, uploadFile } from '#lib/server/upload.ts';
import { DOCUMENT_KINDS, type DocumentKind } from '#lib/evidence.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { membership } = requireMembership(event, event.params.tenantId);
  requirePermission(membership, 'evidence.read');
  const tenantId = event.params.tenantId;
  const path = { path: { tenantId } };
  const [documents, services, sources] = await Promise.all([
    loadApi(event).GET('/api/v1/tenants/{tenantId}/documents', { params: path }),
    event.locals.api.GET('/api/v1/tenants/{tenantId}/services', { params: path }),
    event.locals.api.GET('/api/v1/catalogue/sources', { params: { query: { limit: 1000 } } }),
  ]);
  return {
    documents: documents,
    services: (services.data ?? []).filter((s) => s.tenantId === tenantId),
    sources: sources.data ?? [],
    notice:
      (['created', 'deleted'] as const).find((n) => n === event.url.searchParams.get('changed')) ?? null,
  };
};

const FIELDS = [
  'kind',
  'title',
  'serviceId',
  'versionLabel',
  'approvedOn',
  'nextReviewOn',
  'note',
  'source1',
  'source2',
  'source3',
] as const;

export const actions: Actions = {
  create: async (event) => {
    const data = await event.request.formData();
    const values = keptValues(data, FIELDS);
    const { tenantId } = event.params;
    const file = chosenFile(data, 'file');
    let fileId: string | null = null;
    if (file) {
      const uploaded = await uploadFile(event, tenantId, file, 'file', m.error_generic());
      if ('problem' in uploaded)
        return fail(uploaded.status, { values, problem: uploaded.problem } satisfies FormFailure);
      fileId = uploaded.id;
    }
    const sources = ['source1', 'source2', 'source3'].map((n) => text(data, n)).filter(Boolean);
    const kind = text(data, 'kind');
    const document = await actionApi(event, async (problem, response) => {
      // Nothing half-written: the file uploaded for a document that was refused goes too.
      if (fileId)
        await event.locals.api.DELETE('/api/v1/tenants/{tenantId}/files/{fileId}', {
          params: { path: { tenantId, fileId } },
        });
      const failure = formProblem(problem, m.error_generic());
      for (const [name, message] of Object.entries(failure.fields)) {
        const index = /^sources\.(\d+)$/.exec(name)?.[1];
        if (index !== undefined) failure.fields[`source${Number(index) + 1}`] ??= message;
      }
      return fail(response.status >= 500 ? 502 : 400, { values, problem: failure } satisfies FormFailure);
    }).POST('/api/v1/tenants/{tenantId}/documents', {
      params: { path: { tenantId } },
      body: {
        kind: (DOCUMENT_KINDS as readonly string[]).includes(kind) ? (kind as DocumentKind) : 'other',
        title: text(data, 'title'),
        serviceId: text(data, 'serviceId') || null,
        versionLabel: text(data, 'versionLabel') || null,
        approvedOn: text(data, 'approvedOn') || null,
        nextReviewOn: text(data, 'nextReviewOn') || null,
        fileId,
        sources,
        note: text(data, 'note') || null,
      },
    });
    if (isRefusal(document)) return document;
    redirect(303, `/t/${tenantId}/documents?changed=created#document-${document.id}`);
  },

  delete: async (event) => {
    const data = await event.request.formData();
    const { tenantId } = event.params;
    const documentId = text(data, 'documentId');
    const answer = await actionApi(event, { documentId }).DELETE(
      '/api/v1/tenants/{tenantId}/documents/{documentId}',
      { params: { path: { tenantId, documentId } } },
    );
    if (isRefusal(answer)) return answer;
    redirect(303, `/t/${tenantId}/documents?changed=deleted`);
  },
};
