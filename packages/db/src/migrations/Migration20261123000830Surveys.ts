import { Migration } from '@mikro-orm/migrations';
import * as sql from './sql-helpers.ts';

/**
 * Anonymous feedback surveys (art. 24(1) 1–2 and 24(2)): a provider opens a survey for one of its services from a
 * template its plugin offers; the questions are copied into the survey (`questions`), so a later change of the
 * template never changes what past answers meant. Each open survey has a public link whose secret part is `token`;
 * the link carries the tenant's id too, so the public routes run under the tenant's own row-level security (no
 * SECURITY DEFINER function, no policy that crosses tenants). The token is kept as it is — the provider must be able
 * to print the link again — because it grants nothing but answering this one survey; rotating it kills old prints.
 *
 * `survey_response` holds nothing about the person who answered: no name, no address, no IP, no cookie, no time of
 * day (only the day, for the per-day cap and the periods of the results), and a random (v4) id, not a time-ordered
 * one. Answers are never changed or deleted by the application.
 */
export class Migration20261123000830Surveys extends Migration {
  override name = 'Migration20261123000830Surveys';

  override up(): void {
    this.addSql(`
      create table survey (
        ${sql.TENANT_KEY}
        service_id uuid not null,
        -- where the template came from, and the template's key in that plugin (users, families, exit …)
        plugin_code text not null,
        template_key text not null check (template_key ~ '^[a-z][a-z0-9_-]{0,63}$'),
        -- the template's name and questions as they were when the survey was opened ({bg,en,uk} labels)
        title jsonb not null check (jsonb_typeof(title) = 'object'),
        questions jsonb not null check (jsonb_typeof(questions) = 'array' and jsonb_array_length(questions) > 0),
        -- the secret part of the public link (base64url, 256 bits)
        token text not null check (token ~ '^[A-Za-z0-9_-]{43}$'),
        status text not null default 'open' check (status in ('open', 'closed')),
        -- at most this many answers per calendar day (Europe/Sofia): a flood stops there
        daily_cap integer not null default 200 check (daily_cap between 1 and 5000),
        opened_by uuid references app_user (id),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        token_rotated_at timestamptz,
        closed_at timestamptz,
        version integer not null default 1,
        primary key (tenant_id, id),
        unique (tenant_id, token),
        check ((status = 'closed') = (closed_at is not null)),
        ${sql.OF_SERVICE}
      )`);
    this.addSql(`create index survey_service_idx on survey (tenant_id, service_id)`);

    this.addSql(`
      create table survey_response (
        ${sql.TENANT_KEY}
        survey_id uuid not null,
        -- the day only (Europe/Sofia): enough for periods and the daily cap, too coarse to single anyone out
        submitted_on date not null,
        -- question id → 1..5 for scale questions, text for the free-text one (length-limited by the API)
        answers jsonb not null check (jsonb_typeof(answers) = 'object' and pg_column_size(answers) <= 8192),
        primary key (tenant_id, id),
        foreign key (tenant_id, survey_id) references survey (tenant_id, id)
      )`);
    this.addSql(
      `create index survey_response_day_idx on survey_response (tenant_id, survey_id, submitted_on)`,
    );

    for (const table of ['survey', 'survey_response'])
      for (const statement of sql.tenantTable(table)) this.addSql(statement);
    // Surveys are closed, not deleted; answers are only ever added.
    this.addSql(sql.grantToApp('select, insert, update', 'survey'));
    this.addSql(sql.grantToApp('select, insert', 'survey_response'));
  }
}
