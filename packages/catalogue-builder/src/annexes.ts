/** Which plugin carries which annex, and the Ordinance's abbreviation for it. */
export interface AnnexTarget {
  annex: number;
  /** Plugin folders under `plugins/`; the first is the annex's home. */
  plugins: string[];
  /** The abbreviation the annex itself prints in section А, e.g. "(ИК)"; the builder checks it. */
  code: string;
  /** True when the Ordinance prints no abbreviation and Mera assigned one (annex 9). */
  codeAssigned?: true;
}

export const ANNEXES: readonly AnnexTarget[] = [
  // Annex 1 (general-access ИК and ОПУ) is written to both plugins, byte for byte the same file.
  { annex: 1, plugins: ['ik', 'opu'], code: 'ИКОР' },
  { annex: 2, plugins: ['ik'], code: 'ИК' },
  { annex: 3, plugins: ['zp'], code: 'ЗП' },
  { annex: 4, plugins: ['mpor'], code: 'МПОР' },
  { annex: 5, plugins: ['tr'], code: 'ТР' },
  { annex: 6, plugins: ['opu'], code: 'ОПУ' },
  { annex: 7, plugins: ['pptu'], code: 'ППТУ' },
  { annex: 8, plugins: ['dg'], code: 'ДГ' },
  // Art. 10(2) and 11(5) call it "допълнителния стандарт"; the annex prints no abbreviation.
  { annex: 9, plugins: ['behaviour-support'], code: 'ДС', codeAssigned: true },
  { annex: 10, plugins: ['rg'], code: 'РГД' },
  { annex: 11, plugins: ['rg'], code: 'РГДМУ' },
  { annex: 12, plugins: ['rg'], code: 'РГЛУ' },
  { annex: 13, plugins: ['rg'], code: 'РГВХ' },
  { annex: 14, plugins: ['rg'], code: 'РГМ' },
  { annex: 15, plugins: ['izsu'], code: 'РГДТУ с ПМГ' },
  { annex: 16, plugins: ['izsu'], code: 'РГЛ с ПМГ' },
  { annex: 17, plugins: ['izsu'], code: 'РГДАПП' },
  { annex: 18, plugins: ['op'], code: 'ОПБЛС' },
  { annex: 19, plugins: ['op'], code: 'ОПЛКС' },
  { annex: 20, plugins: ['op'], code: 'ОПДНТ' },
  { annex: 21, plugins: ['op'], code: 'ОПЛНТ' },
  { annex: 22, plugins: ['op'], code: 'ОПБМР' },
  { annex: 23, plugins: ['op'], code: 'ОПДКС' },
  { annex: 24, plugins: ['ap'], code: 'АП' },
  { annex: 25, plugins: ['dplu'], code: 'ДПЛУ' },
];

export const pad2 = (n: number): string => String(n).padStart(2, '0');

/** Repository-relative paths of an annex's JSON files. */
export const cataloguePaths = (target: AnnexTarget): string[] =>
  target.plugins.map((plugin) => `plugins/${plugin}/catalogue/annex-${pad2(target.annex)}.json`);
