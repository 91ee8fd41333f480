import { Type } from 'typebox';
import { Uuid } from '../../shared/http-schemas.ts';
import { DueItemSchema } from '../deadlines/index.ts';

const Day = Type.String({ format: 'date' });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Union([schema, Type.Null()]);
const Trilingual = Type.Object({ bg: Type.String(), en: Type.String(), uk: Type.String() });

export const HomeSchema = Type.Object(
  {
    today: Day,
    tenantKind: Type.Union([Type.Literal('provider'), Type.Literal('municipality'), Type.Literal('agency')]),
    deadlines: Nullable(
      Type.Object({
        overdue: Type.Integer(),
        dueThisWeek: Type.Integer(),
        untracked: Type.Integer(),
        overdueByKind: Type.Array(
          Type.Object({ kind: Type.String(), count: Type.Integer(), firstDue: Day }),
          { description: 'What is overdue, by kind, the longest waiting first' },
        ),
        dueSoon: Type.Array(Type.Object(DueItemSchema.properties), {
          description: 'Due within 7 days, soonest first (at most 6)',
        }),
      }),
    ),
    checks: Nullable(
      Type.Array(
        Type.Object({
          id: Uuid,
          title: Type.String(),
          serviceName: Type.String(),
          kind: Type.Union([Type.Literal('periodic'), Type.Literal('self_assessment')]),
          startedOn: Nullable(Day),
          answered: Type.Integer(),
          total: Type.Integer(),
        }),
        { description: 'Checks and self-assessments in progress, with how many indicators have a result' },
      ),
    ),
    inspections: Nullable(
      Type.Array(
        Type.Object({
          id: Uuid,
          serviceName: Type.String(),
          providerName: Type.String(),
          orderNumber: Type.String(),
          status: Type.Union([
            Type.Literal('ordered'),
            Type.Literal('in_progress'),
            Type.Literal('signing'),
            Type.Literal('signed'),
          ]),
          startsOn: Day,
          endsOn: Day,
          reportDueOn: Day,
          answered: Type.Integer(),
          total: Type.Integer(),
        }),
        {
          description: "The municipality's on-site inspections not yet signed, with their findings' progress",
        },
      ),
    ),
    quarters: Type.Array(Type.String({ description: '`2026-Q3`' }), {
      description: 'The quarters of the score trend, oldest first',
    }),
    services: Nullable(
      Type.Array(
        Type.Object({
          serviceId: Uuid,
          serviceName: Type.String(),
          providerName: Nullable(Type.String()),
          latestScore: Nullable(Type.Number()),
          latestCheckOn: Nullable(Day),
          change: Nullable(Type.Number({ description: 'Latest score minus the one before, in points' })),
          trend: Type.Array(Type.Object({ quarter: Type.String(), score: Nullable(Type.Number()) })),
          rulesFailed: Type.Integer(),
          inspectionDueBy: Nullable(Day),
          inspectionOverdue: Type.Boolean(),
        }),
      ),
    ),
    feedback: Nullable(
      Type.Object({
        days: Type.Integer(),
        total: Type.Integer(),
        surveys: Type.Array(
          Type.Object({ id: Uuid, title: Trilingual, serviceName: Type.String(), answers: Type.Integer() }),
        ),
      }),
    ),
    documents: Nullable(
      Type.Array(
        Type.Object({
          kind: Type.Union([
            Type.Literal('programme'),
            Type.Literal('report'),
            Type.Literal('comment'),
            Type.Literal('inspection_report'),
          ]),
          id: Uuid,
          title: Type.String(),
          serviceName: Nullable(Type.String()),
          from: Nullable(Type.String()),
          status: Type.String(),
          on: Day,
          target: Type.Object(
            {
              type: Type.Union([
                Type.Literal('programme'),
                Type.Literal('received_programme'),
                Type.Literal('report'),
                Type.Literal('inspection'),
              ]),
              id: Uuid,
            },
            {
              description:
                'What it is about (for a comment: the report or programme commented on); the web app decides the link. `received_programme`: a programme submitted to this municipality',
            },
          ),
        }),
      ),
    ),
    onboarding: Nullable(
      Type.Object(
        {
          steps: Type.Array(
            Type.Object({
              key: Type.Union([
                Type.Literal('services'),
                Type.Literal('colleagues'),
                Type.Literal('plan'),
                Type.Literal('check'),
                Type.Literal('survey'),
              ]),
              done: Type.Boolean(),
            }),
          ),
          done: Type.Integer(),
          total: Type.Integer(),
        },
        {
          description:
            "A new provider's first steps, each read from its data: services registered, a colleague invited, the year planned, a check started, a survey opened. Null once all are done, or for a role that does not set the organisation up",
        },
      ),
    ),
  },
  { $id: 'Home' },
);
