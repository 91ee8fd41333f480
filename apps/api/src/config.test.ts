import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

const valid = { DATABASE_URL: 'postgres://mera:pw@localhost:5432/mera' };

describe('configuration from the environment', () => {
  it('fills defaults for everything but the database', () => {
    expect(loadConfig(valid)).toMatchObject({
      PORT: 4000,
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      NODE_ENV: 'development',
    });
  });

  it('converts numbers given as text', () => {
    expect(loadConfig({ ...valid, PORT: '8080', DB_POOL_SIZE: '3' })).toMatchObject({
      PORT: 8080,
      DB_POOL_SIZE: 3,
    });
  });

  it.each([
    [
      { ...valid, PORT: 'abc' },
      'Invalid configuration: PORT must be a TCP port number from 0 to 65535 (got "abc").',
    ],
    [
      { ...valid, PORT: '70000' },
      'Invalid configuration: PORT must be a TCP port number from 0 to 65535 (got "70000").',
    ],
    [
      {},
      'Invalid configuration: DATABASE_URL must be a PostgreSQL connection URL such as postgres://user:password@host:5432/mera (it is not set).',
    ],
    [
      { ...valid, LOG_LEVEL: 'loud' },
      'Invalid configuration: LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent (got "loud").',
    ],
  ])('rejects %o with one line naming the variable and what it expects', (env, message) => {
    let error: unknown;
    try {
      loadConfig(env);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toBe(message);
    expect((error as Error).message).not.toContain('\n');
  });
});
