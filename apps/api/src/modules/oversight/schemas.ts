import { Type } from 'typebox';
import { Uuid } from '../../shared/http-schemas.ts';
import { DateOnly } from '../../shared/input-schemas.ts';

export const Filters = Type.Object({
  pluginCode: Type.Optional(Type.String({ maxLength: 40 })),
  providerTenantId: Type.Optional(Uuid),
  status: Type.Optional(
    Type.Union([Type.Literal('attention'), Type.Literal('ok'), Type.Literal('overdue')], {
      description:
        '`attention`: a rule not met; `ok`: none; `overdue`: analysis, programme review, inspection or prescription late',
    }),
  ),
  sort: Type.Optional(
    Type.Union([Type.Literal('name'), Type.Literal('address')], {
      description: 'address: by settlement (the service’s municipality), then address — a list by address',
    }),
  ),
});

export const OversightRowSchema = Type.Object(
  {
    serviceId: Uuid,
    serviceName: Type.String(),
    providerTenantId: Uuid,
    providerName: Type.String(),
    providerEik: Type.String(),
    pluginCode: Type.String(),
    variantKey: Type.String(),
    serviceType: Type.String({
      description: "The plugin's name and the annex title, in the request's language",
    }),
    address: Type.Union([Type.String(), Type.Null()]),
    municipality: Type.Union([Type.String(), Type.Null()]),
    capacity: Type.Union([Type.Integer(), Type.Null()]),
    currentUsers: Type.Union([Type.Integer(), Type.Null()]),
    contractBasis: Type.String(),
    contractEndsOn: DateOnly(),
    rulesFailed: Type.Integer(),
    rulesUnknown: Type.Integer(),
    rulesPassed: Type.Integer(),
    failedRules: Type.Array(Type.String(), { description: 'Messages of the rules not met' }),
    latestCheckOn: Type.Union([DateOnly(), Type.Null()], {
      description: "The provider's latest completed check of the service",
    }),
    latestScore: Type.Union([Type.Number(), Type.Null()], { description: "That check's score (percent)" }),
    lastAnalysisOn: Type.Union([DateOnly(), Type.Null()], {
      description: 'When the latest semi-annual analysis (art. 25(1)) was submitted',
    }),
    analysisOverdue: Type.Boolean({
      description:
        'No submitted analysis covers the half-year that ended last while the contract was in force',
    }),
    programmeWaitingSince: Type.Union([DateOnly(), Type.Null()], {
      description: 'When the oldest programme still waiting for this municipality’s decision was submitted',
    }),
    programmeNotReviewed: Type.Boolean({
      description: 'A submitted programme has waited more than 30 days for the municipality’s decision',
    }),
    lastProgrammeDecisionOn: Type.Union([DateOnly(), Type.Null()], {
      description: 'When the municipality last agreed a programme of the service or asked for changes',
    }),
    lastInspectionOn: Type.Union([DateOnly(), Type.Null()], {
      description: "The day the municipality's last signed inspection of the service ended",
    }),
    inspectionDueBy: DateOnly({
      description: 'The next periodic inspection is due by (art. 30(2): at least every two years)',
    }),
    inspectionOverdue: Type.Boolean({ description: 'Past that day and no inspection ordered' }),
    prescriptionsOverdue: Type.Integer({
      description:
        'Prescriptions of signed inspection reports past their deadline, not recorded as fulfilled',
    }),
  },
  { $id: 'OversightRow' },
);

export const ExportOversightQuery = Type.Object({
  ...Filters.properties,
  format: Type.Union([Type.Literal('csv'), Type.Literal('xlsx')], { default: 'xlsx' }),
});
