import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Where the annexes come from. `source/ordinance-annexes.txt` is a byte-identical copy of lines 531–34375 of the
 * seed (`../shared/seeds/001_6f98a0b79a6215dc.txt`): from "Приложение № 1 към чл. 4 и 8" to the last line of annex
 * 25. The seed's remaining lines are the Ordinance's articles (1–530) and the lex.bg page footer (34376–34381).
 */
export const SOURCE = {
  document:
    'Наредба за качеството на социалните услуги (ПМС № 135 от 22.06.2022 г., ДВ бр. 48, 49 и 50 от 2022 г.)',
  seedFile: '001_6f98a0b79a6215dc.txt',
  seedSha256: 'e4aa6339df70defe6909722be41b76fb1b30d379d59720f2a316aa9ed24adc29',
  extractFile: 'source/ordinance-annexes.txt',
  extractSha256: 'd7aa065351941c2dc9ef858b5de180b5af2169fbf9af4cf6a2da10bcf0384344',
  /** The seed's line number of the extract's first line; every line number the builder reports is the seed's. */
  firstSeedLine: 531,
  lastSeedLine: 34375,
} as const;

export const packageDir = fileURLToPath(new URL('..', import.meta.url));
export const repoDir = fileURLToPath(new URL('../../..', import.meta.url));

export function readSource(): string {
  return readFileSync(new URL('../source/ordinance-annexes.txt', import.meta.url), 'utf8');
}

export function sha256(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex');
}
