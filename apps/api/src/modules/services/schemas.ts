import { Type } from 'typebox';
import { ChangeBody, Uuid } from '../../shared/http-schemas.ts';
import { ruleResultFields } from '../catalogue/index.ts';
import { DateOnly } from '../../shared/input-schemas.ts';

export const Financing = Type.Union(
  [Type.Literal('state_delegated'), Type.Literal('municipal'), Type.Literal('own')],
  {
    default: 'state_delegated',
  },
);

export const NullableText = (max: number) => Type.Union([Type.String({ maxLength: max }), Type.Null()]);

export const Count = Type.Union([Type.Integer({ minimum: 0, maximum: 100000 }), Type.Null()]);

export const ServiceFields = {
  name: Type.String({ minLength: 2, maxLength: 300, default: 'Център за обществена подкрепа' }),
  pluginCode: Type.String({ minLength: 1, maxLength: 40, default: 'ik' }),
  variantKey: Type.String({ minLength: 1, maxLength: 60, default: 'specialised' }),
  legacyCentreType: Type.Optional(NullableText(80)),
  address: Type.Optional(NullableText(500)),
  municipality: Type.Optional(NullableText(200)),
  capacity: Type.Optional(Count),
  currentUsers: Type.Optional(Count),
  financing: Type.Optional(Type.Union([Financing, Type.Null()])),
  startedOn: Type.Optional(Type.Union([DateOnly({ default: '2024-01-01' }), Type.Null()])),
};

export const ServiceSchema = Type.Object(
  {
    id: Uuid,
    tenantId: Uuid,
    name: Type.String(),
    pluginCode: Type.String(),
    variantKey: Type.String(),
    legacyCentreType: Type.Union([Type.String(), Type.Null()]),
    address: Type.Union([Type.String(), Type.Null()]),
    municipality: Type.Union([Type.String(), Type.Null()]),
    capacity: Type.Union([Type.Integer(), Type.Null()]),
    currentUsers: Type.Union([Type.Integer(), Type.Null()]),
    financing: Type.Union([Financing, Type.Null()]),
    startedOn: Type.Union([DateOnly(), Type.Null()]),
    version: Type.Integer({ description: 'Send it back when saving: a stale version is refused with 409.' }),
    rules: Type.Array(Type.Object(ruleResultFields), {
      description: "The plugin's rules evaluated on this service's facts (capacity, users, staffing)",
    }),
  },
  { $id: 'Service' },
);

export const ServiceParams = Type.Object({ tenantId: Uuid, serviceId: Uuid });

export const CreateServiceBody = Type.Object(ServiceFields, { additionalProperties: false });

export const RegisterLegacyCentreBody = Type.Object(
  {
    legacyCentreType: Type.String({ minLength: 1, maxLength: 60, default: 'bg-2022-p1-11' }),
    name: ServiceFields.name,
    include: Type.Optional(
      Type.Array(Type.String({ maxLength: 100 }), {
        maxItems: 10,
        description: 'Conditional standards that apply (`plugin/variant`), e.g. `behaviour-support/add-on`',
      }),
    ),
    address: ServiceFields.address,
    municipality: ServiceFields.municipality,
    financing: ServiceFields.financing,
    startedOn: ServiceFields.startedOn,
  },
  { additionalProperties: false },
);

export const UpdateServiceBody = ChangeBody(Type.Integer({ minimum: 1, default: 1 }), ServiceFields);
