import { Type, type TInteger, type TProperties } from 'typebox';

/** The HTTP schemas every module's routes share. Route-specific schemas live in the module's own schemas.ts. */

export const Email = Type.String({ format: 'email', maxLength: 254, default: 'someone@example.org' });
export const Password = Type.String({ minLength: 1, maxLength: 256, default: 'x' });
export const Locale = Type.Union([Type.Literal('bg'), Type.Literal('en'), Type.Literal('uk')], {
  default: 'bg',
});
export const RoleSchema = Type.Union(
  [
    Type.Literal('admin'),
    Type.Literal('quality_lead'),
    Type.Literal('staff'),
    Type.Literal('inspector'),
    Type.Literal('viewer'),
  ],
  { default: 'viewer' },
);
export const TenantKindSchema = Type.Union(
  [Type.Literal('provider'), Type.Literal('municipality'), Type.Literal('agency')],
  {
    default: 'municipality',
  },
);
export const Uuid = Type.String({ format: 'uuid' });
export const DateTime = Type.String({ format: 'date-time' });

/** Every tenant-scoped route's path parameter. */
export const TenantParams = Type.Object({ tenantId: Uuid });

/**
 * The body of a change to a record: the version read (a stale one is refused with 409) and any of the fields the
 * record is created with — a field not sent stays as it is.
 */
export function ChangeBody<F extends TProperties>(version: TInteger, fields: F) {
  return Type.Object(
    { version, ...Type.Partial(Type.Object(fields)).properties },
    { additionalProperties: false },
  );
}
