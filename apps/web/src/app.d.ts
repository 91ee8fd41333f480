// See https://svelte.dev/docs/kit/types#app.d.ts
import type { ApiClient } from '@mera/api-client';
import type { Person } from '#lib/types.ts';

declare global {
  namespace App {
    interface Locals {
      /** The API as the person of this request (silent refresh included); anonymous calls work through it too. */
      api: ApiClient;
      /** The logged-in person with their organisations, or null. */
      person: Person | null;
      /** The request came with session cookies that turned out to be over: the login page says so. */
      sessionEnded: boolean;
      /** Whether cookies are Secure: the public origin is https. */
      secure: boolean;
    }
    // interface Error {}
    // interface PageData {}
    // interface PageState {}
    // interface Platform {}
  }
}

export {};
