/**
 * The one address in the web app the API knows for deadlines: a tenant's deadlines page, for what leaves the web app
 * (the reminder e-mail, the iCal feed). Where an item itself links is the web app's decision: the API says what the
 * item is (its kind, service and target), never a path.
 */
export function deadlinesPage(webUrl: string, tenantId: string): string {
  return `${webUrl.replace(/\/$/, '')}/t/${tenantId}/deadlines`;
}
