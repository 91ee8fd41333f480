import { Migration } from '@mikro-orm/migrations';
import * as sql from './sql-helpers.ts';

/**
 * The meetings log: the monthly team meeting on the quality of the service and the monthly meeting of the staff
 * with the head of the service (art. 24(1) items 3 and 4 of the Ordinance). A meeting belongs to one service or, with
 * no service, to all of the provider's services. It records how many took part and, optionally, staff names — never
 * the names of the people who use the services. Each recommendation is its own row so that it can become a measure
 * of the quality programme (art. 19) and both sides can point at each other.
 */
export class Migration20261123000700Meetings extends Migration {
  override name = 'Migration20261123000700Meetings';

  override up(): void {
    this.addSql(`
      create table meeting (
        ${sql.TENANT_KEY}
        -- null: a meeting for all of the provider's services
        service_id uuid,
        -- art. 24(1) 3: 'team' (екипна среща); art. 24(1) 4: 'with_head' (среща с ръководителя на услугата)
        kind text not null check (kind in ('team', 'with_head')),
        held_on date not null,
        participants_count integer not null check (participants_count between 1 and 500),
        -- staff who took part, optional; the form says not to write service users' names here
        participants text check (participants is null or length(trim(participants)) > 0),
        topics text not null check (length(trim(topics)) > 0),
        conclusions text check (conclusions is null or length(trim(conclusions)) > 0),
        ${sql.AUTHORED}
        ${sql.VERSIONED}
        primary key (tenant_id, id),
        ${sql.OF_SERVICE}
      )`);
    this.addSql(`create index meeting_held_on_idx on meeting (tenant_id, held_on)`);

    this.addSql(`
      create table meeting_recommendation (
        ${sql.TENANT_KEY}
        meeting_id uuid not null,
        position integer not null check (position >= 1),
        text text not null check (length(trim(text)) > 0),
        created_at timestamptz not null default now(),
        primary key (tenant_id, id),
        unique (tenant_id, meeting_id, position),
        foreign key (tenant_id, meeting_id) references meeting (tenant_id, id) on delete cascade
      )`);

    for (const table of ['meeting', 'meeting_recommendation'])
      for (const statement of sql.tenantTable(table)) this.addSql(statement);
    this.addSql(sql.grantToApp('select, insert, update, delete', 'meeting'));
    this.addSql(sql.grantToApp('select, insert, delete', 'meeting_recommendation'));
  }
}
