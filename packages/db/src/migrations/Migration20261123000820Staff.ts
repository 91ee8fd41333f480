import { Migration } from '@mikro-orm/migrations';
import * as sql from './sql-helpers.ts';

/**
 * The staff register (the annexes' section Б, "квалификация и развитие на служителите"): per service, the staffing
 * plan (длъжностно щатно разписание — positions in the annex's categories: основни специалисти, препоръчителни
 * специалисти, подпомагащи служители, with their planned full-time equivalents) and the named staff list (поименно
 * щатно разписание — staff members are employees, so their names are kept; service users never appear here). For each
 * member: induction and specialised training (in academic hours), individual supervision, mentoring of newcomers
 * without experience in social services (наставник for 6 months), and the yearly appraisal (индивидуална годишна
 * оценка на изпълнението на длъжността). Group supervisions belong to the service's team.
 *
 * A member's position must be one of the same service's positions: the foreign key includes the service, so the
 * database refuses a member in another service's staffing plan.
 */
export class Migration20261123000820Staff extends Migration {
  override name = 'Migration20261123000820Staff';

  override up(): void {
    this.addSql(`
      create table staff_position (
        ${sql.TENANT_KEY}
        service_id uuid not null,
        title text not null check (length(trim(title)) between 1 and 200),
        -- the annex's categories: 'core' основни специалисти, 'recommended' препоръчителни специалисти,
        -- 'support' служители, подпомагащи функционирането на социалната услуга
        category text not null check (category in ('core', 'recommended', 'support')),
        -- щатни бройки (full-time equivalents) planned in the staffing plan
        planned_fte numeric(6, 2) not null check (planned_fte > 0 and planned_fte <= 1000),
        created_at timestamptz not null default now(),
        ${sql.VERSIONED}
        primary key (tenant_id, id),
        unique (tenant_id, service_id, id),
        ${sql.OF_SERVICE}
      )`);

    this.addSql(`
      create table staff_member (
        ${sql.TENANT_KEY}
        service_id uuid not null,
        -- null: in the service's team without a position in the staffing plan (e.g. a volunteer)
        position_id uuid,
        full_name text not null check (length(trim(full_name)) between 1 and 200),
        employment_type text not null
          check (employment_type in ('labour_contract', 'civil_contract', 'volunteer', 'other')),
        -- the share of a full-time position this person fills (1 = full time)
        fte numeric(4, 2) not null default 1 check (fte > 0 and fte <= 1),
        started_on date not null,
        ended_on date,
        qualification text check (qualification is null or length(trim(qualification)) > 0),
        -- "новопостъпил служител без опит в системата на социалните услуги": needs a mentor for 6 months
        new_to_social_services boolean not null default false,
        created_at timestamptz not null default now(),
        ${sql.VERSIONED}
        primary key (tenant_id, id),
        check (ended_on is null or ended_on >= started_on),
        ${sql.OF_SERVICE},
        foreign key (tenant_id, service_id, position_id) references staff_position (tenant_id, service_id, id)
      )`);
    this.addSql(`create index staff_member_service_idx on staff_member (tenant_id, service_id)`);

    this.addSql(`
      create table staff_training (
        ${sql.TENANT_KEY}
        member_id uuid not null,
        -- 'induction' въвеждащо обучение; 'specialised' специализирано / надграждащо обучение
        kind text not null check (kind in ('induction', 'specialised')),
        held_on date not null,
        -- academic hours, as the Ordinance counts them (36 for induction, 24 or 12 a year specialised)
        hours numeric(6, 1) not null check (hours > 0 and hours <= 2000),
        topic text not null check (length(trim(topic)) between 1 and 500),
        trainer text check (trainer is null or length(trim(trainer)) > 0),
        created_at timestamptz not null default now(),
        primary key (tenant_id, id),
        foreign key (tenant_id, member_id) references staff_member (tenant_id, id) on delete cascade
      )`);

    this.addSql(`
      create table staff_supervision (
        ${sql.TENANT_KEY}
        service_id uuid not null,
        -- 'group' групова супервизия (the team; every 3 months); 'individual' индивидуална (every 4 months)
        kind text not null check (kind in ('group', 'individual')),
        -- the supervised member of an individual supervision; null for a group supervision
        member_id uuid,
        held_on date not null,
        hours numeric(5, 1) not null check (hours > 0 and hours <= 100),
        supervisor text not null check (length(trim(supervisor)) between 1 and 200),
        -- "от външен за услугата специалист"
        supervisor_external boolean not null,
        participants_count integer check (participants_count is null or participants_count between 1 and 500),
        created_at timestamptz not null default now(),
        primary key (tenant_id, id),
        check ((kind = 'individual') = (member_id is not null)),
        ${sql.OF_SERVICE},
        foreign key (tenant_id, member_id) references staff_member (tenant_id, id) on delete cascade
      )`);
    this.addSql(
      `create index staff_supervision_service_idx on staff_supervision (tenant_id, service_id, held_on)`,
    );

    this.addSql(`
      create table staff_mentoring (
        ${sql.TENANT_KEY}
        mentor_id uuid not null,
        newcomer_id uuid not null,
        starts_on date not null,
        ends_on date not null,
        created_at timestamptz not null default now(),
        primary key (tenant_id, id),
        check (mentor_id <> newcomer_id),
        check (ends_on >= starts_on),
        foreign key (tenant_id, mentor_id) references staff_member (tenant_id, id) on delete cascade,
        foreign key (tenant_id, newcomer_id) references staff_member (tenant_id, id) on delete cascade
      )`);

    this.addSql(`
      create table staff_appraisal (
        ${sql.TENANT_KEY}
        member_id uuid not null,
        year integer not null check (year between 2000 and 2100),
        appraised_on date not null,
        outcome text not null check (length(trim(outcome)) between 1 and 5000),
        -- "Резултатите от оценката на всеки служител се обсъждат лично"
        discussed_in_person boolean not null default false,
        created_at timestamptz not null default now(),
        primary key (tenant_id, id),
        unique (tenant_id, member_id, year),
        foreign key (tenant_id, member_id) references staff_member (tenant_id, id) on delete cascade
      )`);

    const tables = [
      'staff_position',
      'staff_member',
      'staff_training',
      'staff_supervision',
      'staff_mentoring',
      'staff_appraisal',
    ];
    for (const table of tables) for (const statement of sql.tenantTable(table)) this.addSql(statement);
    this.addSql(sql.grantToApp('select, insert, update, delete', 'staff_position, staff_member'));
    this.addSql(
      sql.grantToApp(
        'select, insert, delete',
        'staff_training, staff_supervision, staff_mentoring, staff_appraisal',
      ),
    );
  }
}
