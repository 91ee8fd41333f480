import { Type } from 'typebox';
import { DateTime, Uuid } from '../../shared/http-schemas.ts';

export const CommentSchema = Type.Object(
  {
    id: Uuid,
    municipalityTenantId: Uuid,
    municipalityName: Type.String({ description: 'The commenting municipality, from the public directory' }),
    authorName: Type.Union([Type.String(), Type.Null()]),
    text: Type.String(),
    createdAt: DateTime,
  },
  { $id: 'ReceivedComment' },
);

export const CommentBody = Type.Object(
  {
    text: Type.String({
      minLength: 1,
      maxLength: 4000,
      default: 'Коментар',
      description: 'The comment, 1–4000 characters',
    }),
  },
  { additionalProperties: false },
);
