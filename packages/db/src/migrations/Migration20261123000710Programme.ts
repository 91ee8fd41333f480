import { Migration } from '@mikro-orm/migrations';
import * as sql from './sql-helpers.ts';

/**
 * The programme for the development of quality (програма за развитие на качеството, art. 15–20 of the Ordinance).
 *
 * - `quality_programme_category`: the nine kinds of activity of art. 19, the Bulgarian text verbatim from the
 *   Ordinance, with English and Ukrainian translations. Global reference data.
 * - `quality_programme`: one per provider (or per service) and period. When the service is commissioned, the
 *   programme is agreed with the mayor (art. 16(2), 20(2)): draft → submitted → agreed | changes_requested. The
 *   decision columns are the municipality's to fill; the guard below already says who may make which move.
 * - `quality_programme_measure`: what will be done, in one of the nine categories, by whom, by when, and how far it
 *   has got; the finding it answers (free text, a meeting's recommendation, or — as text until the assessments
 *   arrive — an indicator of the catalogue, e.g. `bg-2022/a02/s1/c1.1/i1`).
 * - `quality_programme_review`: the review at least once a year (art. 20(1)), with the measures carried over.
 *
 * The database itself refuses to change the content of a programme that is submitted or agreed (`programme_guard`,
 * `programme_measure_guard`): what the mayor agreed is what stays agreed. Progress on the measures (status, note,
 * completion date) goes on, because carrying the programme out does not change what it says.
 */
export class Migration20261123000710Programme extends Migration {
  override name = 'Migration20261123000710Programme';

  override up(): void {
    this.addSql(`
      create table quality_programme_category (
        number integer primary key check (number between 1 and 9),
        -- art. 19, item <number>: the Ordinance's words, without the list's closing punctuation
        text_bg text not null,
        text_en text not null,
        text_uk text not null,
        -- a short name for headings and menus (ours, not the Ordinance's)
        short_bg text not null,
        short_en text not null,
        short_uk text not null
      )`);
    const categories: [number, string, string, string, string, string, string][] = [
      [
        1,
        'подобряване на организацията на предоставянето на социалната услуга на лицата, включително ефективността на услугата в отговор на потребностите им',
        "improving the organisation of the delivery of the social service to people, including the service's effectiveness in responding to their needs",
        'покращення організації надання соціальної послуги особам, зокрема ефективності послуги у відповідь на їхні потреби',
        'Организация на услугата',
        'Organisation of the service',
        'Організація послуги',
      ],
      [
        2,
        'подобряване на специализираната среда за предоставяне на услугата с оглед на спецификите на основните дейности и целевите групи (в случаите, когато за предоставянето на услугата се изисква специализирана среда)',
        'improving the specialised environment in which the service is delivered, in view of the specifics of the main activities and the target groups (where the service requires a specialised environment)',
        'покращення спеціалізованого середовища для надання послуги з огляду на специфіку основних видів діяльності та цільових груп (у випадках, коли для надання послуги потрібне спеціалізоване середовище)',
        'Специализирана среда',
        'Specialised environment',
        'Спеціалізоване середовище',
      ],
      [
        3,
        'осигуряване на квалифицирани специалисти, които да осъществяват дейността по предоставяне на социалната услуга с оглед на спецификите на основните дейности и целевите групи',
        'ensuring qualified specialists to deliver the social service, in view of the specifics of the main activities and the target groups',
        'забезпечення кваліфікованими фахівцями, які здійснюють діяльність із надання соціальної послуги, з огляду на специфіку основних видів діяльності та цільових груп',
        'Квалифицирани специалисти',
        'Qualified specialists',
        'Кваліфіковані фахівці',
      ],
      [
        4,
        'осигуряване на професионално развитие и продължаващо обучение и специализирана подкрепа чрез супервизия на служителите, които осъществяват дейността по предоставяне на социалната услуга',
        'ensuring professional development, continuing training and specialised support through supervision for the staff who deliver the social service',
        'забезпечення професійного розвитку, безперервного навчання та спеціалізованої підтримки шляхом супервізії працівників, які здійснюють діяльність із надання соціальної послуги',
        'Професионално развитие и супервизия',
        'Professional development and supervision',
        'Професійний розвиток і супервізія',
      ],
      [
        5,
        'извършване на периодичен и годишен вътрешен контрол и мониторинг на качеството на социалните услуги, които доставчикът предоставя',
        'carrying out periodic and annual internal control and monitoring of the quality of the social services the provider delivers',
        'проведення періодичного та щорічного внутрішнього контролю і моніторингу якості соціальних послуг, які надає надавач',
        'Вътрешен контрол и мониторинг',
        'Internal control and monitoring',
        'Внутрішній контроль і моніторинг',
      ],
      [
        6,
        'внедряване на иновативни и/или добри практики',
        'introducing innovative and/or good practices',
        'впровадження інноваційних та/або добрих практик',
        'Иновативни и добри практики',
        'Innovative and good practices',
        'Інноваційні та добрі практики',
      ],
      [
        7,
        'планиране на бъдещото развитие на услугата',
        'planning the future development of the service',
        'планування майбутнього розвитку послуги',
        'Бъдещо развитие на услугата',
        'Future development of the service',
        'Майбутній розвиток послуги',
      ],
      [
        8,
        'оценка на прилаганите методи за работа и дейности за подобряването им',
        'evaluating the working methods applied, and activities to improve them',
        'оцінювання застосовуваних методів роботи та заходи з їх покращення',
        'Оценка на методите на работа',
        'Evaluation of working methods',
        'Оцінювання методів роботи',
      ],
      [
        9,
        'оценка на рисковете на средата, в която се предоставя услугата, включително недостиг на ресурси или външни фактори, възпрепятстващи качественото и предоставяне',
        'assessing the risks of the environment in which the service is delivered, including a shortage of resources or external factors that hinder delivering it well',
        'оцінювання ризиків середовища, в якому надається послуга, зокрема нестачі ресурсів або зовнішніх чинників, що перешкоджають її якісному наданню',
        'Рискове на средата',
        'Risks of the environment',
        'Ризики середовища',
      ],
    ];
    for (const row of categories) {
      const [number, ...texts] = row;
      const quoted = texts.map((text) => `'${text.replace(/'/g, "''")}'`).join(', ');
      this.addSql(`insert into quality_programme_category
        (number, text_bg, text_en, text_uk, short_bg, short_en, short_uk) values (${number}, ${quoted})`);
    }
    this.addSql(sql.grantToApp('select', 'quality_programme_category'));

    this.addSql(`
      create table quality_programme (
        ${sql.TENANT_KEY}
        -- null: the provider's programme for all of its services
        service_id uuid,
        title text not null check (length(trim(title)) > 0),
        period_start date not null,
        period_end date not null,
        status text not null default 'draft'
          check (status in ('draft', 'submitted', 'agreed', 'changes_requested')),
        -- the submission for agreement with the mayor who commissioned the service (art. 16(2), 20(2))
        municipality_tenant_id uuid references tenant (id),
        contract_id uuid,
        submitted_at timestamptz,
        submitted_by uuid references app_user (id),
        -- the municipality's decision: filled by the municipality's side
        decided_at timestamptz,
        decided_by uuid references app_user (id),
        decision_note text check (decision_note is null or length(trim(decision_note)) > 0),
        ${sql.AUTHORED}
        ${sql.VERSIONED}
        primary key (tenant_id, id),
        check (period_end >= period_start),
        check (status = 'draft' or (submitted_at is not null and contract_id is not null and service_id is not null)),
        check (status not in ('agreed', 'changes_requested') or decided_at is not null),
        check (status <> 'changes_requested' or decision_note is not null),
        ${sql.OF_SERVICE},
        -- the contract is the municipality's row: this key names its owner, as the contract names the service
        foreign key (municipality_tenant_id, contract_id) references commissioning_contract (tenant_id, id)
      )`);

    this.addSql(`
      create table quality_programme_measure (
        ${sql.TENANT_KEY}
        programme_id uuid not null,
        -- art. 19, item 1–9
        category integer not null references quality_programme_category (number),
        title text not null check (length(trim(title)) > 0),
        description text check (description is null or length(trim(description)) > 0),
        -- the finding the measure answers
        finding text check (finding is null or length(trim(finding)) > 0),
        recommendation_id uuid,
        -- an indicator of the catalogue (e.g. 'bg-2022/a02/s1/c1.1/i1') until assessment results can be linked
        indicator_id text check (indicator_id is null or indicator_id ~ '^[a-z]{2}-[0-9]{4}(/[A-Za-z0-9.-]+)+$'),
        responsible_user_id uuid references app_user (id),
        deadline date,
        status text not null default 'planned' check (status in ('planned', 'in_progress', 'done', 'cancelled')),
        progress_note text check (progress_note is null or length(trim(progress_note)) > 0),
        completed_on date check (completed_on is null or status = 'done'),
        ${sql.AUTHORED}
        ${sql.VERSIONED}
        primary key (tenant_id, id),
        -- one recommendation becomes at most one measure
        unique (tenant_id, recommendation_id),
        foreign key (tenant_id, programme_id) references quality_programme (tenant_id, id) on delete cascade,
        foreign key (tenant_id, recommendation_id) references meeting_recommendation (tenant_id, id)
      )`);
    this.addSql(`create index quality_programme_measure_programme_idx
      on quality_programme_measure (tenant_id, programme_id, category)`);

    this.addSql(`
      create table quality_programme_review (
        ${sql.TENANT_KEY}
        programme_id uuid not null,
        reviewed_on date not null,
        -- who reviewed: staff, the head, and how users and families took part (art. 17, 24(1) 5) — no users' names
        participants text not null check (length(trim(participants)) > 0),
        users_consulted boolean not null default false,
        conclusions text not null check (length(trim(conclusions)) > 0),
        ${sql.AUTHORED}
        ${sql.VERSIONED}
        primary key (tenant_id, id),
        foreign key (tenant_id, programme_id) references quality_programme (tenant_id, id) on delete cascade
      )`);
    // The unfinished measures a review decides to carry over into the next period.
    this.addSql(`
      create table quality_programme_carryover (
        ${sql.TENANT_KEY}
        review_id uuid not null,
        measure_id uuid not null,
        primary key (tenant_id, id),
        unique (tenant_id, review_id, measure_id),
        foreign key (tenant_id, review_id) references quality_programme_review (tenant_id, id) on delete cascade,
        foreign key (tenant_id, measure_id) references quality_programme_measure (tenant_id, id) on delete cascade
      )`);

    // Who may move a programme where, and what a submitted or agreed programme lets change.
    this.addSql(`
      create function programme_guard() returns trigger
      language plpgsql as $$
      declare
        acting uuid := current_setting('app.tenant_id')::uuid;
      begin
        if tg_op = 'INSERT' then
          if new.status <> 'draft' or new.submitted_at is not null or new.decided_at is not null then
            raise exception 'a programme starts as a draft' using errcode = 'check_violation';
          end if;
          return new;
        end if;
        if tg_op = 'DELETE' then
          -- a programme the mayor has seen is part of the record
          if old.status <> 'draft' or old.submitted_at is not null then
            raise exception 'programme_locked: a programme submitted for agreement cannot be deleted'
              using errcode = 'check_violation';
          end if;
          return old;
        end if;
        if new.tenant_id <> old.tenant_id or new.id <> old.id then
          raise exception 'a programme cannot move' using errcode = 'check_violation';
        end if;
        if new.status is distinct from old.status then
          if acting = old.tenant_id and old.status in ('draft', 'changes_requested') and new.status = 'submitted' then
            if new.decided_at is not null or new.decided_by is not null or not exists (
              select 1 from commissioning_contract c
              where c.tenant_id = new.municipality_tenant_id and c.id = new.contract_id
                and c.provider_tenant_id = new.tenant_id and c.service_id = new.service_id and c.status = 'active'
            ) then
              raise exception 'a programme is submitted under an active contract for its service'
                using errcode = 'check_violation';
            end if;
            return new;
          elsif acting = old.tenant_id and old.status = 'agreed' and new.status = 'draft' then
            -- art. 20: the provider reopens an agreed programme to update it, and submits it again
            if (to_jsonb(new) - 'status' - 'version' - 'updated_at')
               is distinct from (to_jsonb(old) - 'status' - 'version' - 'updated_at') then
              raise exception 'programme_locked: reopening changes nothing else' using errcode = 'check_violation';
            end if;
            return new;
          elsif acting = old.municipality_tenant_id and old.status = 'submitted'
                and new.status in ('agreed', 'changes_requested') then
            if (to_jsonb(new) - 'status' - 'decided_at' - 'decided_by' - 'decision_note' - 'version' - 'updated_at')
               is distinct from (to_jsonb(old) - 'status' - 'decided_at' - 'decided_by' - 'decision_note' - 'version' - 'updated_at') then
              raise exception 'programme_locked: the municipality decides, it does not edit'
                using errcode = 'check_violation';
            end if;
            return new;
          end if;
          raise exception 'programme_transition: this party cannot move a programme from % to %', old.status, new.status
            using errcode = 'check_violation';
        end if;
        if acting <> old.tenant_id then
          raise exception 'only the provider edits its programme' using errcode = 'insufficient_privilege';
        end if;
        if old.status in ('submitted', 'agreed')
           and (to_jsonb(new) - 'version' - 'updated_at') is distinct from (to_jsonb(old) - 'version' - 'updated_at') then
          raise exception 'programme_locked: a % programme cannot be changed', old.status
            using errcode = 'check_violation';
        end if;
        return new;
      end
      $$`);
    this.addSql(sql.beforeRowTrigger('programme_guard', 'insert or update or delete', 'quality_programme'));

    this.addSql(`
      create function programme_measure_guard() returns trigger
      language plpgsql as $$
      declare
        programme record;
        row_data quality_programme_measure := coalesce(new, old);
      begin
        if tg_op = 'UPDATE' and (new.programme_id <> old.programme_id or new.tenant_id <> old.tenant_id) then
          raise exception 'a measure cannot move to another programme' using errcode = 'check_violation';
        end if;
        -- FOR SHARE: a submission in flight waits for this change, or this change sees the submission
        select status, period_start, period_end into programme from quality_programme
          where tenant_id = row_data.tenant_id and id = row_data.programme_id for share;
        if not found then
          return row_data; -- the programme itself is being deleted (a draft: its guard allowed it)
        end if;
        if programme.status in ('submitted', 'agreed') then
          if tg_op <> 'UPDATE' then
            raise exception 'programme_locked: measures of a % programme cannot be added or removed', programme.status
              using errcode = 'check_violation';
          end if;
          if (to_jsonb(new) - 'status' - 'progress_note' - 'completed_on' - 'version' - 'updated_at')
             is distinct from (to_jsonb(old) - 'status' - 'progress_note' - 'completed_on' - 'version' - 'updated_at') then
            raise exception 'programme_locked: a measure of a % programme changes only its progress', programme.status
              using errcode = 'check_violation';
          end if;
        end if;
        if tg_op <> 'DELETE' and new.deadline is not null
           and (tg_op = 'INSERT' or new.deadline is distinct from old.deadline)
           and (new.deadline < programme.period_start or new.deadline > programme.period_end) then
          raise exception 'deadline_in_period: the deadline % is outside the programme''s period', new.deadline
            using errcode = 'check_violation';
        end if;
        return row_data;
      end
      $$`);
    this.addSql(
      sql.beforeRowTrigger(
        'programme_measure_guard',
        'insert or update or delete',
        'quality_programme_measure',
      ),
    );

    const tables = [
      'quality_programme',
      'quality_programme_measure',
      'quality_programme_review',
      'quality_programme_carryover',
    ];
    for (const table of tables) for (const statement of sql.tenantTable(table)) this.addSql(statement);
    this.addSql(
      sql.grantToApp(
        'select, insert, update, delete',
        'quality_programme, quality_programme_measure, quality_programme_review',
      ),
    );
    this.addSql(sql.grantToApp('select, insert, delete', 'quality_programme_carryover'));
  }
}
