/** JSON Schema (2020-12) of a catalogue file, `plugins/<code>/catalogue/annex-NN.json`. Extra fields are welcome. */
const text = { type: 'string', minLength: 1 } as const;
const id = { type: 'string', pattern: '^[a-z0-9-]+/a\\d{2}(/[^/\\s]+)*$' } as const;

export const catalogueSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://mera.bg/schemas/catalogue.json',
  title: 'Mera catalogue: one annex of quality standards',
  type: 'object',
  required: ['annex', 'code', 'title', 'sections'],
  properties: {
    annex: { type: 'integer', minimum: 1 },
    code: text,
    title: text,
    effectiveFrom: { type: 'string', format: 'date' },
    sections: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['key', 'title', 'standards'],
        properties: {
          id,
          key: text,
          title: text,
          standards: {
            type: 'array',
            minItems: 1,
            items: {
              type: 'object',
              required: ['key', 'title', 'criteria'],
              properties: {
                id,
                key: text,
                title: text,
                statement: { type: 'string' },
                criteria: {
                  type: 'array',
                  minItems: 1,
                  items: {
                    type: 'object',
                    required: ['key', 'statement', 'indicators'],
                    properties: {
                      id,
                      key: text,
                      statement: text,
                      indicators: {
                        type: 'array',
                        minItems: 1,
                        items: {
                          type: 'object',
                          required: ['number', 'text', 'sources'],
                          properties: {
                            id,
                            number: { type: 'integer', minimum: 1 },
                            text,
                            sources: { type: 'array', items: text },
                            notes: { type: 'array', items: text },
                          },
                        },
                      },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
  },
} as const;
