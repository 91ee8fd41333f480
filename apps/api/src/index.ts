export { buildApp, type AppOptions } from './app.ts';
export { ConfigError, loadConfig, type Config } from './config.ts';
export { connectDatabase, listen, startApi, StartupError, type RunningApi } from './start.ts';
export { API_VERSION } from './version.ts';
export { seedDemoIfEmpty, type DemoCredential } from './demo/seed.ts';
