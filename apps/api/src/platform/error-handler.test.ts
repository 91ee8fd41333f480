import Fastify from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { describe, expect, it } from 'vitest';
import { AppError } from '../shared/problem.ts';
import { AJV_OPTIONS } from '../app.ts';
import errorHandler from './error-handler.ts';

async function appWithForm() {
  const app = Fastify({
    logger: false,
    ajv: { customOptions: AJV_OPTIONS },
  }).withTypeProvider<TypeBoxTypeProvider>();
  await app.register(errorHandler);
  app.post(
    '/organisations',
    {
      schema: {
        body: Type.Object(
          {
            legalName: Type.String({ minLength: 2 }),
            eik: Type.String({ pattern: '^[0-9]{9}$' }),
            staff: Type.Integer({ minimum: 0 }),
          },
          { additionalProperties: false },
        ),
      },
    },
    async () => ({ ok: true }),
  );
  app.get('/conflict', async () => {
    throw new AppError(409, 'eik_taken', {
      fields: [{ field: 'body.eik', rule: 'unique', message: 'ЕИК вече е регистриран.' }],
    });
  });
  app.get('/boom', async () => {
    throw new Error('SELECT secret FROM users failed');
  });
  await app.ready();
  return app;
}

describe('problem details', () => {
  it('names every failing field and the rule it broke, in Bulgarian by default', async () => {
    const app = await appWithForm();
    const response = await app.inject({
      method: 'POST',
      url: '/organisations',
      payload: { legalName: 'А', eik: '12', staff: -1, x: 1 },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      code: 'validation_failed',
      title: 'Данните не са валидни.',
      status: 400,
    });
    expect(response.json().errors).toEqual(
      expect.arrayContaining([
        { field: 'body.legalName', rule: 'minLength', message: 'Трябва да съдържа поне 2 знака.' },
        { field: 'body.eik', rule: 'pattern', message: 'Форматът не е валиден.' },
        { field: 'body.staff', rule: 'minimum', message: 'Трябва да е поне 0.' },
        { field: 'body.x', rule: 'additionalProperties', message: 'Непознато поле.' },
      ]),
    );
  });

  it('names a missing field in English when asked', async () => {
    const app = await appWithForm();
    const response = await app.inject({
      method: 'POST',
      url: '/organisations',
      headers: { 'accept-language': 'en' },
      payload: { legalName: 'Association', eik: '123456789' },
    });
    expect(response.json().errors).toEqual([
      { field: 'body.staff', rule: 'required', message: 'This field is required.' },
    ]);
  });

  it('answers malformed JSON with a 400, not a 500', async () => {
    const app = await appWithForm();
    const response = await app.inject({
      method: 'POST',
      url: '/organisations',
      headers: { 'content-type': 'application/json', 'accept-language': 'uk' },
      payload: '{"legalName": ',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      code: 'malformed_json',
      title: 'Надіслані дані не є коректним JSON.',
    });
  });

  it('passes a domain error through with its own code and translated field message', async () => {
    const app = await appWithForm();
    const response = await app.inject({ method: 'GET', url: '/conflict' });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({
      code: 'eik_taken',
      errors: [{ field: 'body.eik', rule: 'unique', message: 'ЕИК вече е регистриран.' }],
    });
  });

  it('hides the details of an unexpected failure behind a request id', async () => {
    const app = await appWithForm();
    const response = await app.inject({ method: 'GET', url: '/boom' });
    expect(response.statusCode).toBe(500);
    expect(response.body).not.toContain('SELECT');
    expect(response.json()).toMatchObject({ code: 'internal_error', requestId: expect.any(String) });
  });
});
