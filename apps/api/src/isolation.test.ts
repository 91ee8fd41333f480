import { Value } from 'typebox/value';
import type { TSchema } from 'typebox';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createHarness, PASSWORD, signUpAndLogIn, type Harness } from './testing/harness.ts';

/**
 * Tenant B attacks every route of the API with tenant A's ids. The list of routes comes from the running app, so
 * a route added tomorrow is attacked tomorrow without editing this file; a route with a path parameter this suite
 * does not know fails it until a fixture (or a stated exception) is added below.
 */
let h: Harness;
let A: Awaited<ReturnType<typeof signUpAndLogIn>>;
let B: Awaited<ReturnType<typeof signUpAndLogIn>>;
const fixtures: Record<string, string> = {};
const secrets: string[] = [];

/** Routes reachable without a membership on purpose, and why. */
const PUBLIC_CAPABILITIES: Record<string, string> = {
  'GET /api/v1/invitations/:token': 'the e-mailed link itself is the credential (tenant id + 256-bit secret)',
  'GET /api/v1/provider-invitations/:token':
    'the e-mailed sign-up link itself is the credential (municipality id + 256-bit secret); it shows only the proposal',
  'POST /api/v1/invitations/:token/accept':
    'the e-mailed link itself is the credential (tenant id + 256-bit secret)',
  'GET /api/v1/catalogue/service-types/:pluginCode/variants/:variantKey':
    'the Ordinance’s text is public, global data',
  'GET /api/v1/catalogue/legacy-centres/:key':
    'the Ordinance’s transitional provisions are public, global data',
  'POST /api/v1/catalogue/service-types/:pluginCode/variants/:variantKey/evaluation':
    'a pure function of the facts sent; reads and stores nothing',
  'GET /api/v1/public/surveys/:token':
    'the printed survey link is the credential (tenant id + 256-bit secret); it shows only the questions',
  'POST /api/v1/public/surveys/:token/answers':
    'the printed survey link is the credential (tenant id + 256-bit secret); it only adds an anonymous answer',
  'GET /api/v1/calendar/:file':
    'the iCal feed URL itself is the credential (a 256-bit secret, stored hashed, rotatable)',
};

async function snapshot(): Promise<string> {
  const rows = await h.sql(
    `select (select json_agg(m order by id) from membership m where tenant_id = $1) as members,
            (select json_agg(i order by id) from invitation i where tenant_id = $1) as invitations,
            (select json_agg(s order by id) from service s where tenant_id = $1) as services,
            (select json_agg(c order by id) from commissioning_contract c where provider_tenant_id = $1) as contracts,
            (select json_agg(m order by id) from meeting m where tenant_id = $1) as meetings,
            (select json_agg(r order by id) from meeting_recommendation r where tenant_id = $1) as recommendations,
            (select json_agg(p order by id) from quality_programme p where tenant_id = $1) as programmes,
            (select json_agg(q order by id) from quality_programme_measure q where tenant_id = $1) as measures,
            (select json_agg(v order by id) from quality_programme_review v where tenant_id = $1) as reviews,
            (select json_agg(o order by id) from quality_programme_carryover o where tenant_id = $1) as carryovers,
            (select json_agg(json_build_object('id', f.id, 'name', f.name, 'sha256', f.sha256) order by id) from stored_file f where tenant_id = $1) as files,
            (select json_agg(d order by id) from quality_document d where tenant_id = $1) as documents,
            (select json_agg(a order by id) from assessment a where tenant_id = $1) as assessments,
            (select json_agg(r order by item_id) from assessment_result r where tenant_id = $1) as results,
            (select json_agg(e order by id) from assessment_evidence e where tenant_id = $1) as evidence,
            (select json_agg(sp order by id) from staff_position sp where tenant_id = $1) as staff_positions,
            (select json_agg(sm order by id) from staff_member sm where tenant_id = $1) as staff_members,
            (select json_agg(st order by id) from staff_training st where tenant_id = $1) as staff_trainings,
            (select json_agg(ss order by id) from staff_supervision ss where tenant_id = $1) as staff_supervisions,
            (select json_agg(sn order by id) from staff_mentoring sn where tenant_id = $1) as staff_mentorings,
            (select json_agg(sa order by id) from staff_appraisal sa where tenant_id = $1) as staff_appraisals,
            (select json_agg(rp order by id) from report rp where tenant_id = $1) as reports,
            (select json_agg(qs order by id) from quality_system qs where tenant_id = $1) as quality_systems,
            (select json_agg(s order by id) from survey s where tenant_id = $1) as surveys,
            (select json_agg(r order by id) from survey_response r where tenant_id = $1) as survey_responses,
            (select json_agg(n order by id) from notification n where tenant_id = $1) as notifications,
            (select json_agg(np order by event) from notice_preference np where tenant_id = $1) as notice_preferences,
            (select json_agg(i order by id) from inspection i where provider_tenant_id = $1) as inspections,
            (select json_agg(ia order by id) from inspection_attachment ia) as inspection_attachments,
            (select json_agg(ip order by id) from inspection_prescription ip) as inspection_prescriptions,
            (select json_agg(fi order by item_id) from inspection_finding fi) as inspection_findings,
            (select json_agg(mr order by id) from monitoring_report mr) as monitoring_reports,
            (select row_to_json(t) from tenant t where id = $1) as tenant`,
    [A.tenantId],
  );
  return JSON.stringify(rows);
}

beforeAll(async () => {
  h = await createHarness();
  A = await signUpAndLogIn(h, 'Сдружение „Алфа“', 'admin@alfa.example');
  B = await signUpAndLogIn(h, 'Сдружение „Бета“', 'admin@beta.example');
  const call = (method: 'POST' | 'GET', url: string, token: string, payload?: object) =>
    h.call({ method, url, token, ...(payload ? { payload } : {}) });

  const service = (
    await call('POST', `/api/v1/tenants/${A.tenantId}/services`, A.token, {
      name: 'Тайна услуга Алфа',
      pluginCode: 'sample',
      variantKey: 'specialised',
    })
  ).json();
  const invitation = (
    await call('POST', `/api/v1/tenants/${A.tenantId}/invitations`, A.token, {
      email: 'secret-person@alfa.example',
      role: 'staff',
    })
  ).json();
  const members = (await call('GET', `/api/v1/tenants/${A.tenantId}/members`, A.token)).json<
    { id: string }[]
  >();

  // A municipality with a proposed contract for A's service: B is no party to it.
  await h.sql(`update app_user set is_operator = true where id = $1`, [A.userId]);
  const municipality = (
    await call('POST', '/api/v1/operator/tenants', A.token, {
      kind: 'municipality',
      legalName: 'Община Алфа',
      eik: '000696327',
      adminEmail: 'kmet@alfa.example',
    })
  ).json<{ id: string }>();
  const link = await h.mail.link('kmet@alfa.example');
  const kmetToken = (
    await call(
      'POST',
      `/api/v1/invitations/${decodeURIComponent(new URL(link).pathname.split('/').at(-1) ?? '')}/accept`,
      '',
      {
        displayName: 'Кмет',
        password: PASSWORD,
      },
    )
  ).json<{ accessToken: string }>().accessToken;
  const contract = (
    await call('POST', `/api/v1/tenants/${municipality.id}/contracts`, kmetToken, {
      providerTenantId: A.tenantId,
      serviceId: service.id,
      basis: 'Договор Алфа',
      startsOn: '2026-01-01',
      endsOn: '2099-12-31',
    })
  ).json<{ id: string }>();
  // The municipality's yearly monitoring (art. 35): B is no municipality, let alone this one.
  const monitoringReport = (
    await call('POST', `/api/v1/tenants/${municipality.id}/monitoring-reports`, kmetToken, { year: 2026 })
  ).json<{ id: string }>();
  expect(monitoringReport.id).toBeTruthy();
  // The municipality's invitation of a provider not yet on Mera (its own row, attacked by B all the same).
  const providerInvitation = (
    await call('POST', `/api/v1/tenants/${municipality.id}/provider-invitations`, kmetToken, {
      providerEik: '121212121',
      email: 'novo@alfa.example',
      serviceDescription: 'Тайна покана Алфа',
      basis: 'Договор Алфа 2',
      startsOn: '2026-01-01',
      endsOn: '2099-12-31',
    })
  ).json<{ id: string }>();

  // A's meetings log and quality programme: a meeting whose recommendation became a measure, and a review.
  const meeting = (
    await call('POST', `/api/v1/tenants/${A.tenantId}/meetings`, A.token, {
      kind: 'team',
      heldOn: '2025-02-26',
      participantsCount: 4,
      topics: 'Тайна среща Алфа',
      serviceId: service.id,
      recommendations: ['Тайна препоръка Алфа'],
    })
  ).json<{ id: string; recommendations: { id: string }[] }>();
  const programme = (
    await call('POST', `/api/v1/tenants/${A.tenantId}/programmes`, A.token, {
      title: 'Тайна програма Алфа',
      serviceId: service.id,
      periodStart: '2025-01-01',
      periodEnd: '2025-12-31',
    })
  ).json<{ id: string }>();
  const measure = (
    await call('POST', `/api/v1/tenants/${A.tenantId}/programmes/${programme.id}/measures`, A.token, {
      category: 4,
      title: 'Тайна мярка Алфа',
      recommendationId: meeting.recommendations[0]?.id,
      responsibleUserId: A.userId,
      deadline: '2025-06-30',
    })
  ).json<{ id: string }>();
  const review = (
    await call('POST', `/api/v1/tenants/${A.tenantId}/programmes/${programme.id}/reviews`, A.token, {
      reviewedOn: '2025-12-15',
      participants: 'Екипът на Алфа',
      conclusions: 'Тайни изводи Алфа',
      carriedOverMeasureIds: [measure.id],
    })
  ).json<{ reviews: { id: string }[] }>().reviews[0];
  expect([meeting.recommendations[0]?.id, measure.id, review?.id].every(Boolean)).toBe(true);

  // A's evidence: a file, a register document standing for a source, a check with a result and evidence.
  const file = (
    await h.call({
      method: 'POST',
      url: `/api/v1/tenants/${A.tenantId}/files?name=${encodeURIComponent('Тайна Алфа.pdf')}`,
      token: A.token,
      headers: { 'content-type': 'application/octet-stream' },
      payload: Buffer.from('%PDF-1.4\n%%EOF\n'),
    })
  ).json<{ id: string }>();
  const document = (
    await call('POST', `/api/v1/tenants/${A.tenantId}/documents`, A.token, {
      kind: 'plan',
      title: 'Тайният план на Алфа',
      fileId: file.id,
      sources: ['План за действие при бедствия'],
    })
  ).json<{ id: string }>();
  const assessment = (
    await call('POST', `/api/v1/tenants/${A.tenantId}/assessments`, A.token, {
      serviceId: service.id,
      kind: 'periodic',
      startedOn: '2026-03-10',
    })
  ).json<{ id: string }>();
  await h.call({
    method: 'PUT',
    url: `/api/v1/tenants/${A.tenantId}/assessments/${assessment.id}/results`,
    token: A.token,
    payload: { itemId: 'bg-2022/a02/s1/c1.1/i1', result: 'met', note: 'Тайна бележка Алфа', version: 0 },
  });
  const evidence = (
    await call('POST', `/api/v1/tenants/${A.tenantId}/assessments/${assessment.id}/evidence`, A.token, {
      itemId: 'bg-2022/a02/s1/c1.1/i1',
      kind: 'document',
      documentId: document.id,
    })
  ).json<{ id: string }>();
  const report = (
    await call('POST', `/api/v1/tenants/${A.tenantId}/reports`, A.token, {
      kind: 'semi_annual_analysis',
      year: 2026,
      half: 1,
      serviceId: service.id,
    })
  ).json<{ id: string }>();
  expect([file.id, document.id, assessment.id, evidence.id, report.id].every(Boolean)).toBe(true);

  // A's staff register: a position, two members, and one record of each kind.
  const staffUrl = `/api/v1/tenants/${A.tenantId}/staff`;
  await call('POST', `${staffUrl}/positions`, A.token, {
    serviceId: service.id,
    title: 'Тайна длъжност Алфа',
    category: 'core',
    plannedFte: 2,
  });
  for (const fullName of ['Тайна Служителка Алфа', 'Таен Наставник Алфа'])
    await call('POST', `${staffUrl}/members`, A.token, {
      serviceId: service.id,
      fullName,
      employmentType: 'labour_contract',
      startedOn: '2025-01-06',
    });
  await call('POST', `${staffUrl}/supervisions`, A.token, {
    serviceId: service.id,
    kind: 'group',
    heldOn: '2025-03-20',
    hours: 2,
    supervisor: 'Таен супервизор Алфа',
    supervisorExternal: true,
  });
  const staffMembers = (await call('GET', `${staffUrl}/services/${service.id}`, A.token)).json<{
    members: { id: string }[];
  }>().members;
  const [staffMember, mentor] = staffMembers;
  await call('POST', `${staffUrl}/members/${staffMember?.id}/trainings`, A.token, {
    kind: 'induction',
    heldOn: '2025-01-10',
    hours: 36,
    topic: 'Тайно обучение Алфа',
  });
  await call('POST', `${staffUrl}/mentorings`, A.token, {
    mentorId: mentor?.id,
    newcomerId: staffMember?.id,
    startsOn: '2025-01-06',
  });
  const staffRegister = (
    await call('POST', `${staffUrl}/members/${staffMember?.id}/appraisals`, A.token, {
      year: 2025,
      appraisedOn: '2025-12-15',
      outcome: 'Тайна оценка Алфа',
    })
  ).json<{
    positions: { id: string }[];
    members: { id: string; trainings: { id: string }[]; appraisals: { id: string }[] }[];
    supervisions: { id: string }[];
    mentorings: { id: string }[];
  }>();
  const appraised = staffRegister.members.find((m) => m.id === staffMember?.id);
  const staffFixtures = {
    positionId: staffRegister.positions[0]?.id ?? '',
    memberId: staffMember?.id ?? '',
    trainingId: appraised?.trainings[0]?.id ?? '',
    appraisalId: appraised?.appraisals[0]?.id ?? '',
    supervisionId: staffRegister.supervisions[0]?.id ?? '',
    mentoringId: staffRegister.mentorings[0]?.id ?? '',
  };
  expect(Object.values(staffFixtures).every(Boolean)).toBe(true);

  // A's feedback survey with one anonymous answer.
  const survey = (
    await call('POST', `/api/v1/tenants/${A.tenantId}/surveys`, A.token, {
      serviceId: service.id,
      templateKey: 'users',
    })
  ).json<{ id: string; publicPath: string }>();
  await h.call({
    method: 'POST',
    url: `/api/v1/public/surveys/${survey.publicPath.slice(3)}/answers`,
    payload: { answers: { satisfied: 5 }, texts: { comment: 'Тайна бележка от анкета Алфа' } },
  });
  expect(survey.id).toBeTruthy();
  // A's reminder for its admin (the daily job's work, arranged directly).
  const [notification] = await h.sql<{ id: string }>(
    `insert into notification (tenant_id, id, user_id, item_key, reminder, kind, title, due_on)
     values ($1, gen_random_uuid(), $2, 'document_review:x:2026-01-01', 'overdue', 'document_review',
             '{"bg":"Тайно напомняне Алфа","en":"x","uk":"x"}', '2026-01-01') returning id`,
    [A.tenantId, A.userId],
  );
  // A notice for A's admin of what someone did (the notices module's insert, arranged directly), and a choice.
  const [notice] = await h.sql<{ id: string }>(
    `insert into notification (tenant_id, id, user_id, item_key, event, kind, actor_name, title)
     values ($1, gen_random_uuid(), $2, 'comment_written:x', 'comment_written', 'comment_written', 'Тайна община',
             '{"bg":"Тайно известие Алфа","en":"x","uk":"x"}') returning id`,
    [A.tenantId, A.userId],
  );
  await h.sql(
    `insert into notice_preference (tenant_id, user_id, event, in_app, email) values ($1, $2, 'comment_written', true, false)`,
    [A.tenantId, A.userId],
  );

  // The municipality's signed inspection of A's service, with a photo and a prescription (arranged directly: the
  // API path is tested in inspections.test.ts). A, the provider, may read it; B nothing of it.
  const [inspection] = await h.sql<{ id: string }>(
    `insert into inspection (tenant_id, id, provider_tenant_id, service_id, contract_id, service_name, provider_name,
       kind, reason, order_number, order_date, basis, catalogue_version_id, place, starts_on, ends_on, report_due_on,
       status, completed_on, facts, signed_at, mayor_received_on)
     values ($1, gen_random_uuid(), $2, $3, $4, 'Тайна услуга Алфа', 'Сдружение „Алфа“', 'periodic', 'plan',
       'РД-Алфа', '2026-05-04', 'чл. 31', (select id from catalogue_version limit 1), 'Тайно място Алфа',
       '2026-05-11', '2026-05-12', '2026-05-20', 'signed', '2026-05-12', 'Тайни факти Алфа', now(), '2026-05-13')
     returning id`,
    [municipality.id, A.tenantId, service.id, contract.id],
  );
  const [inspectionFile] = await h.sql<{ id: string }>(
    `insert into stored_file (tenant_id, id, name, media_type, size_bytes, sha256, storage, content)
     values ($1, gen_random_uuid(), 'Тайна снимка Алфа.pdf', 'application/pdf', 4, repeat('a', 64), 'database', 'x'::bytea)
     returning id`,
    [municipality.id],
  );
  const [attachment] = await h.sql<{ id: string }>(
    `insert into inspection_attachment (tenant_id, id, inspection_id, file_id)
     values ($1, gen_random_uuid(), $2, $3) returning id`,
    [municipality.id, inspection?.id, inspectionFile?.id],
  );
  const [prescription] = await h.sql<{ id: string }>(
    `insert into inspection_prescription (tenant_id, id, inspection_id, text, due_on)
     values ($1, gen_random_uuid(), $2, 'Тайно предписание Алфа', '2026-07-31') returning id`,
    [municipality.id, inspection?.id],
  );

  Object.assign(fixtures, {
    tenantId: A.tenantId,
    membershipId: members[0]?.id ?? '',
    invitationId: invitation.id,
    serviceId: service.id,
    contractId: contract.id,
    providerInvitationId: providerInvitation.id,
    providerTenantId: A.tenantId,
    meetingId: meeting.id,
    recommendationId: meeting.recommendations[0]?.id ?? '',
    programmeId: programme.id,
    measureId: measure.id,
    reviewId: review?.id ?? '',
    fileId: file.id,
    documentId: document.id,
    assessmentId: assessment.id,
    evidenceId: evidence.id,
    reportId: report.id,
    monitoringReportId: monitoringReport.id,
    ...staffFixtures,
    surveyId: survey.id,
    notificationId: notification?.id ?? '',
    noticeId: notice?.id ?? '',
    inspectionId: inspection?.id ?? '',
    attachmentId: attachment?.id ?? '',
    prescriptionId: prescription?.id ?? '',
    // A catalogue indicator of A's check and inspection (the fixture plugin's): the checklist engine's item routes.
    itemId: 'bg-2022/a02/s1/c1.1/i1',
  });
  secrets.push(
    A.tenantId,
    A.userId,
    service.id,
    invitation.id,
    contract.id,
    providerInvitation.id,
    'Алфа',
    'alfa.example',
    'Тайна услуга',
    meeting.id,
    programme.id,
    measure.id,
    'Тайна',
    file.id,
    document.id,
    assessment.id,
    report.id,
    monitoringReport.id,
    ...Object.values(staffFixtures),
    survey.id,
    survey.publicPath.slice(3),
    inspection?.id ?? '',
  );
});

afterAll(async () => {
  await h.close();
});

/** A body that passes the route's schema, with A's ids wherever a field names one (schemas give defaults). */
function exampleBody(schema: unknown): unknown {
  if (!schema) return undefined;
  const object = schema as { properties?: Record<string, TSchema>; anyOf?: unknown[] };
  if (!object.properties) return object.anyOf ? {} : Value.Create(schema as TSchema);
  const body: Record<string, unknown> = {};
  for (const [key, property] of Object.entries(object.properties)) {
    body[key] =
      fixtures[key] ??
      ((property as { format?: string }).format === 'uuid' ? A.tenantId : Value.Create(property));
  }
  return body;
}

it('has routes to attack', () => {
  expect(h.app.routeTable.filter((r) => r.url.includes(':tenantId')).length).toBeGreaterThanOrEqual(12);
});

it('refuses tenant B every route with tenant A’s ids and shows B nothing of A', async () => {
  const before = await snapshot();
  const attacked: string[] = [];
  for (const route of h.app.routeTable) {
    const key = `${route.method} ${route.url}`;
    const params = [...route.url.matchAll(/:(\w+)/g)].map((m) => m[1] ?? '');
    if (params.length === 0 || PUBLIC_CAPABILITIES[key]) continue;
    expect(route.auth, `${key} has path parameters but no authentication`).toBe('user');
    for (const param of params) expect(fixtures[param], `${key}: add a fixture for :${param}`).toBeDefined();

    // Two attacks: A's tenant in the path; and B's own tenant with A's other ids.
    const variants = [route.url.replace(/:(\w+)/g, (_m, p: string) => fixtures[p] ?? '')];
    if (params.length > 1)
      variants.push(
        route.url.replace(/:(\w+)/g, (_m, p: string) =>
          p === 'tenantId' ? B.tenantId : (fixtures[p] ?? ''),
        ),
      );
    for (const url of variants) {
      const body = exampleBody(route.body);
      const response = await h.call({
        method: route.method as 'GET',
        url,
        token: B.token,
        ...(body !== undefined ? { payload: body as object } : {}),
      });
      expect([403, 404], `${route.method} ${url} → ${response.statusCode} ${response.body}`).toContain(
        response.statusCode,
      );
      // The problem's `instance` echoes the path B sent; anything else of A's would be a leak.
      const { instance: _echo, ...rest } = response.json<Record<string, unknown>>();
      const shown = JSON.stringify(rest);
      for (const secret of secrets)
        expect(shown, `${route.method} ${url} leaked ${secret}`).not.toContain(secret);
      attacked.push(`${route.method} ${url}`);
    }
  }
  expect(attacked.length).toBeGreaterThanOrEqual(15);
  expect(await snapshot()).toBe(before);
});

it('shows B nothing of A on B’s own home page and in B’s deadline count', async () => {
  // The home read model joins other modules' tables set-wise: row-level security must still keep A out of it.
  for (const url of [
    `/api/v1/tenants/${B.tenantId}/home`,
    `/api/v1/tenants/${B.tenantId}/deadlines/summary`,
  ]) {
    const response = await h.call({ method: 'GET', url, token: B.token });
    expect(response.statusCode, response.body).toBe(200);
    for (const secret of secrets) expect(response.body, `${url} leaked ${secret}`).not.toContain(secret);
  }
});
