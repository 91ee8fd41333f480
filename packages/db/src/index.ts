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
