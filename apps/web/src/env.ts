import { defineEnvVars } from '@sveltejs/kit/env';

/** The web app's environment, read when the server starts (SvelteKit 3's explicit environment variables). */
export const variables = defineEnvVars({
  API_URL: {
    description: "Base URL of Mera's API, as the web server reaches it (not the browser).",
    schema: (value) => {
      const url = value === undefined || value === '' ? 'http://127.0.0.1:4000' : value;
      if (!URL.canParse(url))
        throw new Error(`API_URL must be an absolute URL such as http://127.0.0.1:4000`);
      return url.replace(/\/+$/, '');
    },
  },
});
