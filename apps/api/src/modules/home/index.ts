// The home module: "what needs me" for the home page, composed from the other modules' public functions.
export { default as homeRoutes } from './routes.ts';
export { tenantHome, overdueByKind } from './home.ts';
export { TREND_QUARTERS, RECENT_DAYS, URGENT_LIMIT, type Home } from './types.ts';
