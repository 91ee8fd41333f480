import { Migration20261123000000Foundation } from './Migration20261123000000Foundation.ts';

/**
 * Every migration, oldest first. Listed explicitly (not discovered from the folder) so the same list runs
 * from source under Node's type stripping, in tests and in production. `pnpm --filter @mera/db migration:create`
 * writes a new file and appends it here.
 */
export const migrationsList = [Migration20261123000000Foundation];
