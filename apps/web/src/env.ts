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
  WEB_TIER_SECRET: {
    description:
      "The secret shared with the API (its WEB_TIER_SECRET): with it the web app names, for the API's rate limits, the " +
      "visitor each call is made for, so one visitor's failed logins do not block the others. Empty: not sent.",
    schema: (value) => {
      if (value === undefined || value === '') return '';
      if (value.length < 32 || /\s/.test(value))
        throw new Error('WEB_TIER_SECRET must be at least 32 characters without spaces');
      return value;
    },
  },
  ORIGIN: {
    description:
      "The web app's public origin as the browser sees it (e.g. https://mera.example.bg or http://localhost:3000). " +
      'Form posts must come from it, and cookies are Secure when it is https. Empty: the origin adapter-node ' +
      'derives from the request (https, or what PROTOCOL_HEADER says behind a proxy).',
    schema: (value) => {
      if (value === undefined || value === '') return '';
      if (!URL.canParse(value)) throw new Error('ORIGIN must be an origin such as https://mera.example.bg');
      const url = new URL(value);
      if (url.protocol !== 'http:' && url.protocol !== 'https:')
        throw new Error('ORIGIN must start with http:// or https://');
      return url.origin;
    },
  },
});
