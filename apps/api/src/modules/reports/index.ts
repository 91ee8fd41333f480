// reports: the provider's semi-annual analysis and annual report (art. 25–26).
export { default as reportRoutes } from './routes.ts';
export { METHODS } from './document.ts';
