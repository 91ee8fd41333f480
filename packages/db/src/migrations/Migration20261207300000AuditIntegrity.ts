import { Migration } from '@mikro-orm/migrations';
import * as sql from './sql-helpers.ts';

/**
 * The audit trail gets one writer (issue 12.2). Until now `audit_row()` ran with the application's rights, so
 * `mera_app` itself could INSERT into `audit_event` (a chain-valid event naming anybody — SHA-256 is public
 * knowledge) and UPDATE `audit_chain` (lowering `last_seq` broke every later write of the tenant). Now:
 *
 * - `audit_row()` is SECURITY DEFINER, owned by `mera_owner` (a role `mera_app` is not a member of and cannot become);
 *   `mera_app` keeps only SELECT on `audit_event` and nothing on `audit_chain`;
 * - each event's `hash` is an HMAC-SHA256 of its payload (tenant, seq, time, actor, request, table, row, before,
 *   after and the previous hash) under a key in `audit_key`, which only the owner can read. A row inserted by
 *   anyone without the key — even with the privilege — fails `/audit/verification`; verification therefore runs in
 *   the database too (`audit_verify()`, also a definer function that returns only a verdict);
 * - the writer refuses tables the owner does not own (a temporary table of the application cannot borrow it) and
 *   `mera_app` may not EXECUTE it (so it cannot attach it to a trigger of its own);
 * - `stored_file` is audited — its metadata and SHA-256, never its bytes (`audit_row('content')` leaves them out).
 *
 * Existing events are kept as they are, not re-chained: their hashes may already have been exported outside the
 * database as evidence (docs/security.md recommends it), and re-chaining would also launder any event forged
 * before this migration. Each chain remembers from which sequence number on its links are keyed
 * (`audit_chain.keyed_from`); earlier links verify as plain SHA-256, exactly as before, and the first keyed link
 * still chains to the last plain one.
 *
 * Every definer function pins `search_path` with `pg_temp` last: otherwise a temporary table named `audit_event`
 * created by the application would be found first and receive the events.
 *
 * HMAC is built from core `sha256()` (no pgcrypto needed): HMAC(K, m) = H((K ⊕ opad) ‖ H((K ⊕ ipad) ‖ m)), with the
 * two padded keys stored instead of K.
 */
export class Migration20261207300000AuditIntegrity extends Migration {
  override name = 'Migration20261207300000AuditIntegrity';

  override up(): void {
    this.addSql(`
      create table audit_key (
        id boolean primary key default true check (id),
        inner_pad bytea not null check (length(inner_pad) = 64),
        outer_pad bytea not null check (length(outer_pad) = 64)
      )`);
    this.addSql(`revoke all on audit_key from public`);
    // 64 random bytes from four v4 UUIDs (gen_random_uuid uses the server's strong random source; 488 random bits).
    this.addSql(`
      do $$
      declare
        k bytea := decode(replace(gen_random_uuid()::text || gen_random_uuid()::text
                                  || gen_random_uuid()::text || gen_random_uuid()::text, '-', ''), 'hex');
        i bytea := k;
        o bytea := k;
      begin
        for n in 0..63 loop
          i := set_byte(i, n, get_byte(k, n) # 54);  -- 0x36
          o := set_byte(o, n, get_byte(k, n) # 92);  -- 0x5c
        end loop;
        insert into audit_key (inner_pad, outer_pad) values (i, o);
      end
      $$`);

    this.addSql(`
      create function audit_mac(payload text) returns text
      language sql stable security definer set search_path = pg_catalog, public, pg_temp as $$
        select encode(sha256(k.outer_pad || sha256(k.inner_pad || convert_to(payload, 'UTF8'))), 'hex')
        from audit_key k
      $$`);
    // Not callable by the application: it would be an oracle that signs any payload.
    this.addSql(`revoke execute on function audit_mac(text) from public`);

    // Chains that exist now: their links so far stay plain SHA-256 (see above). New chains are keyed from seq 1.
    this.addSql(`alter table audit_chain add column keyed_from bigint not null default 1`);
    this.addSql(`alter table audit_chain no force row level security`);
    this.addSql(`update audit_chain set keyed_from = last_seq + 1`);
    this.addSql(`alter table audit_chain force row level security`);

    this.addSql(`
      create or replace function audit_row() returns trigger
      language plpgsql security definer set search_path = pg_catalog, public, pg_temp as $$
      declare
        actor_tenant uuid := current_setting('app.tenant_id')::uuid;
        -- columns the trail must not copy (stored_file.content: the bytes), given as the trigger's arguments
        omitted text[] := coalesce(tg_argv, '{}');
        chain audit_chain;
        event audit_event;
        row_data jsonb;
      begin
        if (select c.relowner from pg_class c where c.oid = tg_relid) <> current_user::regrole::oid then
          raise exception 'audit_row() writes the trail only for tables of %', current_user
            using errcode = 'insufficient_privilege';
        end if;
        row_data := case when tg_op = 'DELETE' then to_jsonb(old) else to_jsonb(new) end;
        insert into audit_chain (tenant_id) values (actor_tenant) on conflict (tenant_id) do nothing;
        -- one writer at a time per chain: the row lock on the chain head orders concurrent transactions
        select * into strict chain from audit_chain where tenant_id = actor_tenant for update;
        event.tenant_id := actor_tenant;
        event.seq := chain.last_seq + 1;
        event.occurred_at := clock_timestamp();
        event.actor_user_id := nullif(current_setting('app.user_id', true), '')::uuid;
        event.request_id := nullif(current_setting('app.request_id', true), '');
        event.entity := tg_table_name;
        event.entity_id := coalesce(row_data ->> 'id', row_data ->> 'tenant_id', '');
        event.action := lower(tg_op);
        event.before := case when tg_op in ('UPDATE', 'DELETE') then to_jsonb(old) - omitted end;
        event.after := case when tg_op in ('INSERT', 'UPDATE') then to_jsonb(new) - omitted end;
        event.prev_hash := chain.last_hash;
        event.hash := audit_mac(audit_payload(event));
        insert into audit_event values (event.*);
        update audit_chain set last_seq = event.seq, last_hash = event.hash where tenant_id = actor_tenant;
        return null;
      end
      $$`);
    this.addSql(`revoke execute on function audit_row() from public`);

    // The current tenant's chain, recomputed: the first link that does not hold, or none. Only a verdict leaves.
    this.addSql(`
      create function audit_verify(out checked bigint, out broken_seq bigint, out reason text)
      language plpgsql stable security definer set search_path = pg_catalog, public, pg_temp as $$
      declare
        tenant uuid := current_setting('app.tenant_id')::uuid;
        head audit_chain;
        e audit_event;
        expected bigint := 1;
        previous text := '';
        computed text;
      begin
        select count(*) into checked from audit_event where tenant_id = tenant;
        select * into head from audit_chain where tenant_id = tenant;
        for e in select * from audit_event where tenant_id = tenant order by seq loop
          if e.seq <> expected then broken_seq := e.seq; reason := 'gap'; return; end if;
          if e.prev_hash <> previous then broken_seq := e.seq; reason := 'chain_break'; return; end if;
          computed := case when e.seq >= coalesce(head.keyed_from, 1) then audit_mac(audit_payload(e))
                           else encode(sha256(convert_to(audit_payload(e), 'UTF8')), 'hex') end;
          if computed <> e.hash then broken_seq := e.seq; reason := 'hash_mismatch'; return; end if;
          previous := e.hash;
          expected := expected + 1;
        end loop;
        -- the head must name the last event: events cut off the end of the chain leave it pointing past them
        if coalesce(head.last_seq, 0) <> expected - 1 or coalesce(head.last_hash, '') <> previous then
          broken_seq := expected; reason := 'head_mismatch';
        end if;
      end
      $$`);
    this.addSql(`revoke execute on function audit_verify() from public`);
    this.addSql(`grant execute on function audit_verify() to mera_app`);

    // The application reads the trail and writes none of it.
    this.addSql(`revoke all on audit_chain from mera_app`);
    this.addSql(`revoke insert, update, delete, truncate on audit_event from mera_app`);
    // The application creates no objects of its own (so nothing it owns can carry a trigger).
    this.addSql(`revoke create on schema public from public`);

    // Evidence uploads and deletions belong in the trail; the bytes do not (their SHA-256 is in the row).
    this.addSql(sql.auditTrigger('stored_file', { withoutColumn: 'content' }));
  }
}
