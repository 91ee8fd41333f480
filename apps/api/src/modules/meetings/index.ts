// meetings: the monthly team meetings and meetings with the head (art. 24(1) 3–4) and their recommendations.
export { default as meetingRoutes } from './routes.ts';
export { meetingsHeld } from './held.ts';
