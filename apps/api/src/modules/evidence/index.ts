// evidence: evidence files (PostgreSQL or an S3-compatible store) and the document register.
export { default as evidenceRoutes } from './routes.ts';
export { storeFile } from './files.ts';
export { s3Store, type ObjectStore } from './object-store.ts';
