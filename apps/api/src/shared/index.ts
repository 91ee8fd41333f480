// The shared kernel: what every module may use and none owns. Nothing here knows a module.
export * from './problem.ts';
export * from './validation.ts';
export * from './http-schemas.ts';
export type * from './context.ts';
export * from '@mera/calendar';
export * from './http.ts';
export * from './extension-point.ts';
export * from './sql.ts';
