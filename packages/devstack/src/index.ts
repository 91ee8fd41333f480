export { provideDevDatabase, type DevDatabase } from './database.ts';
export { startService, waitForHttp, type Service } from './services.ts';
