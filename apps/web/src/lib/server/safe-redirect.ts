/** A redirect target from a form, kept on this site: only absolute paths; `//host` and `/\host` would leave it. */
export function safeRedirectTarget(value: FormDataEntryValue | null): string {
  if (
    typeof value !== 'string' ||
    !value.startsWith('/') ||
    value.startsWith('//') ||
    value.startsWith('/\\')
  ) {
    return '/';
  }
  return value;
}
