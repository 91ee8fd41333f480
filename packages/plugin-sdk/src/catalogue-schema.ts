/** JSON Schema (2020-12) of a catalogue file, `plugins/<code>/catalogue/annex-NN.json`. Extra fields are welcome. */
const text = { type: 'string', minLength: 1 } as const;
const id = { type: 'string', pattern: '^[a-z0-9-]+/a\\d{2}(/[^/\\s]+)*$' } as const;
const notes = { type: 'array', items: text } as const;

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
    codeAssigned: { type: 'boolean' },
    heading: text,
    titleLines: { type: 'array', items: text },
    source: {
      type: 'object',
      required: ['document', 'file', 'firstLine', 'lastLine'],
      properties: {
        document: text,
        file: text,
        sha256: { type: 'string', pattern: '^[0-9a-f]{64}$' },
        firstLine: { type: 'integer', minimum: 1 },
        lastLine: { type: 'integer', minimum: 1 },
      },
    },
    closingProvisions: { type: 'array', items: text },
    footnotes: {
      type: 'array',
      items: { type: 'object', required: ['marker', 'text'], properties: { marker: text, text } },
    },
    defects: {
      type: 'array',
      items: {
        type: 'object',
        required: ['line', 'kind', 'printed', 'handling'],
        properties: { line: { type: 'integer', minimum: 1 }, kind: text, printed: text, handling: text },
      },
    },
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
          synthetic: { type: 'boolean' },
          standards: {
            type: 'array',
            minItems: 1,
            items: {
              type: 'object',
              required: ['key', 'title', 'criteria'],
              properties: {
                id,
                key: text,
                printedKey: text,
                title: text,
                statement: { type: 'string' },
                notes,
                criteria: {
                  type: 'array',
                  minItems: 1,
                  items: {
                    type: 'object',
                    required: ['key', 'statement', 'indicators'],
                    properties: {
                      id,
                      key: text,
                      printedKey: text,
                      statement: text,
                      notes,
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
                            notes,
                            printedNumber: { type: 'integer', minimum: 1 },
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
