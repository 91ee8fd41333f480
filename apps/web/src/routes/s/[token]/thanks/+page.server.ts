import { surveyLocale } from '#lib/server/survey.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
  event.setHeaders({ 'x-robots-tag': 'noindex', 'referrer-policy': 'same-origin' });
  return { lang: surveyLocale(event.url), token: event.params.token };
};
