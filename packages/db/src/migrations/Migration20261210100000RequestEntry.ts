import { Migration } from '@mikro-orm/migrations';

/**
 * A request's first statement (issue 15): `request_entry` sets the transaction's tenant, person and request id
 * (`set_config(…, true)`, what row-level security and the audit trail read) and answers the request's access check —
 * is the login session alive, what is the person's role in the tenant — in one round trip, where the request took
 * two (`set_config`, then the check). Each statement is a socket write that wakes a PostgreSQL backend; on two cores
 * those writes were 40 % of the API's busy time under load.
 *
 * Security invoker, no `set` clause: the settings stay for the rest of the transaction (a function's own `set`
 * would restore them on return), and the check reads `membership` under the same policies as before, now that the
 * person is set. Only the application role may call it.
 */
export class Migration20261210100000RequestEntry extends Migration {
  override name = 'Migration20261210100000RequestEntry';

  override up(): void {
    this.addSql(`
      create function request_entry(tenant uuid, person uuid, request text, login_session uuid)
        returns table (alive boolean, role text)
        language plpgsql volatile security invoker
      as $$
      begin
        perform set_config('app.tenant_id', tenant::text, true),
                set_config('app.user_id', person::text, true),
                set_config('app.request_id', request, true);
        return query
          select exists (select 1 from refresh_token r
                         where r.family_id = login_session and r.user_id = person and r.revoked_at is null),
                 (select m.role from membership m where m.tenant_id = tenant and m.user_id = person);
      end
      $$`);
    this.addSql(`revoke execute on function request_entry(uuid, uuid, text, uuid) from public`);
    this.addSql(`grant execute on function request_entry(uuid, uuid, text, uuid) to mera_app`);
  }
}
