import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { tenantKey, createdNow, oneOf, versioned } from './columns.ts';

export const SURVEY_STATUSES = ['open', 'closed'] as const;
export type SurveyStatus = (typeof SURVEY_STATUSES)[number];

/** An anonymous feedback survey with its public link; the questions are a snapshot of the plugin's template. */
export const Survey = defineEntity({
  name: 'Survey',
  tableName: 'survey',
  properties: {
    ...tenantKey(),
    serviceId: p.uuid(),
    pluginCode: p.text(),
    templateKey: p.text(),
    title: p.json<unknown>(),
    questions: p.json<unknown>(),
    token: p.text(),
    status: oneOf(SURVEY_STATUSES).default('open'),
    dailyCap: p.integer().default(200),
    openedBy: p.uuid().nullable(),
    createdAt: createdNow(),
    ...versioned(),
    tokenRotatedAt: p.datetime().nullable(),
    closedAt: p.datetime().nullable(),
  },
});
export type Survey = InferEntity<typeof Survey>;

/** One anonymous answer to a survey: no person, no time of day — only the day. */
export const SurveyResponse = defineEntity({
  name: 'SurveyResponse',
  tableName: 'survey_response',
  properties: {
    ...tenantKey(),
    surveyId: p.uuid(),
    submittedOn: p.date(),
    answers: p.json<unknown>(),
  },
});
export type SurveyResponse = InferEntity<typeof SurveyResponse>;
