import { fail, redirect } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import type { FormFailure } from '#lib/forms.ts';
import { formProblem } from '#lib/server/problem.ts';
import { publicSurveyApi, surveyLocale } from '#lib/server/survey.ts';
import type { Actions, PageServerLoad } from './$types';

/** The public survey page: no login, no cookie; the language comes from `?lang=`. */
export const load: PageServerLoad = async (event) => {
  const lang = surveyLocale(event.url);
  const api = publicSurveyApi(lang, event.getClientAddress());
  const {
    data,
    error: problem,
    response,
  } = await api.GET('/api/v1/public/surveys/{token}', {
    params: { path: { token: event.params.token } },
  });
  // Search engines have no business here, and the link must not leak to other sites through a Referer
  // (`same-origin`, not `no-referrer`: that would make the browser send `Origin: null` with the form).
  event.setHeaders({
    'x-robots-tag': 'noindex',
    'referrer-policy': 'same-origin',
    'cache-control': 'no-store',
  });
  if (!data) {
    return {
      lang,
      survey: null,
      unavailable: formProblem(problem, m.survey_public_unavailable({}, { locale: lang })).title,
      status: response.status,
    };
  }
  return { lang, survey: data, unavailable: null, status: 200 };
};

export const actions: Actions = {
  default: async (event) => {
    const lang = surveyLocale(event.url);
    const form = await event.request.formData();
    const values: Record<string, string> = {};
    const answers: Record<string, number> = {};
    const texts: Record<string, string> = {};
    for (const [name, value] of form.entries()) {
      if (typeof value !== 'string') continue;
      values[name] = value;
      const scale = /^answers\.([A-Za-z][\w-]{0,63})$/.exec(name)?.[1];
      const text = /^texts\.([A-Za-z][\w-]{0,63})$/.exec(name)?.[1];
      if (scale && value !== '') answers[scale] = Number(value);
      if (text) texts[text] = value;
    }
    const api = publicSurveyApi(lang, event.getClientAddress());
    const { error: problem, response } = await api.POST('/api/v1/public/surveys/{token}/answers', {
      params: { path: { token: event.params.token } },
      body: { answers, texts, website: typeof values['website'] === 'string' ? values['website'] : '' },
    });
    if (!response.ok) {
      delete values['website'];
      return fail(response.status >= 500 ? 502 : response.status, {
        values,
        problem: formProblem(problem, m.survey_public_unavailable({}, { locale: lang })),
      } satisfies FormFailure);
    }
    redirect(303, `/s/${encodeURIComponent(event.params.token)}/thanks?lang=${lang}`);
  },
};
