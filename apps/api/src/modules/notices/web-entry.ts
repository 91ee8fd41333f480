/**
 * The one address in the web app the API knows for notices: a tenant's notices page, for the e-mail (which leaves the
 * web app). Where each notice links is the web app's decision: the API says what it is about (its target).
 */
export function noticesPage(webUrl: string, tenantId: string): string {
  return `${webUrl.replace(/\/$/, '')}/t/${tenantId}/notices`;
}
