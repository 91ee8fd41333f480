// oversight: the municipality's dashboard of the services it commissions.
export { default as oversightRoutes } from './routes.ts';
