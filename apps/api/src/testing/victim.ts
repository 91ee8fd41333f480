// Tenant A's records of every kind, for the isolation suite (isolation.test.ts) to attack with tenant B's token.
import { expect } from 'vitest';
import { operatorTenant } from './fixtures.ts';
import { type Harness, type Person } from './harness.ts';

/** Creates one of everything in A (and what B needs to try), returning the ids by route parameter; secrets collects
 * texts that must never show up in B's answers. */
export async function victimFixtures(
  h: Harness,
  A: Person,
  B: Person,
  secrets: string[],
): Promise<Record<string, string>> {
  const fixtures: Record<string, string> = {};
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
  const municipality = await operatorTenant(h, A, {
    legalName: 'Община Алфа',
    adminEmail: 'kmet@alfa.example',
    eik: '000696327',
  });
  const kmetToken = municipality.token;
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
  return fixtures;
}
