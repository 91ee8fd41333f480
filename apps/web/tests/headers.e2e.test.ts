// The web app's security headers (issue 12.9): a Content-Security-Policy with a fresh nonce on every page, which
// blocks nothing the app itself needs, and HSTS when the app is served over https.
import { describe, expect, test } from 'vitest';
import { bareStack } from './stack.ts';
import { englishPage, startWeb, watchCsp } from './support.ts';

describe('security headers of the web pages', () => {
  const stack = bareStack();

  test('send a Content-Security-Policy whose nonce is new on every response and is the inline script’s', async () => {
    const policies: string[] = [];
    for (const path of ['/', '/login']) {
      const response = await fetch(`${stack.web.url}${path}`);
      const policy = response.headers.get('content-security-policy') ?? '';
      expect(policy).toContain("default-src 'self'");
      expect(policy).toContain("frame-ancestors 'none'");
      expect(policy).toContain("object-src 'none'");
      // the service worker that keeps an opened checklist for a visit without network (issue 11)
      expect(policy).toContain("worker-src 'self'");
      expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
      const nonce = /script-src 'self' 'nonce-([^']+)'/.exec(policy)?.[1] ?? '';
      expect(nonce, policy).not.toBe('');
      const html = await response.text();
      // every inline script carries it; none goes without
      const scripts = [...html.matchAll(/<script([^>]*)>/g)].map((m) => m[1] ?? '');
      expect(scripts.length).toBeGreaterThan(0);
      for (const attributes of scripts) expect(attributes).toContain(`nonce="${nonce}"`);
      expect(html).not.toContain('style="display: contents"');
      expect(response.headers.get('strict-transport-security')).toBeNull();
      policies.push(nonce);
    }
    expect(new Set(policies).size).toBe(2);
  });

  test('let the pages work in Chromium: nothing is refused, and the app hydrates', async () => {
    const refused: string[] = [];
    const page = await englishPage(stack.browser);
    watchCsp(page, refused);
    try {
      await page.goto(`${stack.web.url}/`);
      // a client-side language switch needs the hydrated app (its scripts ran under the policy)
      await page.getByRole('link', { name: 'EN, English' }).click();
      await page.waitForFunction(() => document.documentElement.lang === 'en');
      await page.goto(`${stack.web.url}/login`);
      await page.goto(`${stack.web.url}/signup`);
      expect(refused).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  test('ask browsers for HTTPS only (HSTS) when served over https', async () => {
    const https = await startWeb(stack.apiUrl, undefined, { ORIGIN: 'https://mera.example' });
    try {
      const response = await fetch(`${https.url}/`);
      expect(response.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
      expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    } finally {
      await https.stop();
    }
  });
});
