export * from './entities/index.ts';
export {
  createOrm,
  migrate,
  migrationStatus,
  ormConfig,
  pingDatabase,
  type MigrationStatus,
  type Orm,
  type OrmOptions,
} from './orm.ts';
export * from './roles.ts';
export {
  inEnteredScope,
  inScope,
  NO_TENANT,
  NO_USER,
  sessionVariables,
  switchTenant,
  type RequestEntry,
  type Scope,
} from './session.ts';
export { readAuditTrail, verifyAuditChain, type AuditEntry, type AuditVerification } from './audit.ts';
export type { EntityManager } from '@mikro-orm/postgresql';
export {
  CheckConstraintViolationException,
  ForeignKeyConstraintViolationException,
  UniqueConstraintViolationException,
  NotFoundError,
  OptimisticLockError,
} from '@mikro-orm/core';
export { uuidv7 } from 'uuidv7';
export { sqlOf, type Database } from './kysely.ts';
export { sql, type Selectable, type Insertable, type Updateable } from 'kysely';
