// comments: a commissioning municipality's comments on the reports and programmes it receives (art. 16(2), 20(2)).
export { default as commentRoutes } from './routes.ts';
