// services: the register of a tenant's services and the plugin rules evaluated on each service's facts.
export { default as serviceRoutes } from './routes.ts';
export { serviceView } from './services.ts';
export { ServiceSchema } from './schemas.ts';
export { checkOwnService } from './own-service.ts';
// Extension point: other registers (staff) contribute facts the rules are evaluated on.
export { serviceFactsProviders, type ServiceFactsProvider } from './facts.ts';
