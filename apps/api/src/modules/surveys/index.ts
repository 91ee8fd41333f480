// surveys: anonymous feedback surveys — public link and QR code, results per question and period.
export { default as surveyRoutes } from './routes.ts';
export { surveyResults } from './results.ts';
