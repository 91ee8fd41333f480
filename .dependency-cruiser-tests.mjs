/** Tests keep to the same boundaries as the code (a test reaches another module through its index.ts), but they are
 * leaves that may use the harness, so the cycle rules do not apply to them. See .dependency-cruiser.mjs. */
import base from './.dependency-cruiser.mjs';

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  ...base,
  forbidden: base.forbidden.filter((rule) => !rule.name.startsWith('no-cycles')),
  options: {
    ...base.options,
    exclude: { path: base.options.exclude.path.filter((path) => !path.includes('test')) },
  },
};
