// monitoring: the municipality's yearly monitoring (art. 35(1)).
export { default as monitoringRoutes } from './routes.ts';
