import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Catalogue, CatalogueCriterion, CatalogueIndicator, CatalogueStandard } from '@mera/plugin-sdk';
import { ANNEXES, cataloguePaths, type AnnexTarget } from './annexes.ts';
import { CatalogueParseError, parseAnnexes, type ParsedAnnex } from './parse.ts';
import { toPrettyJson } from './serialize.ts';
import { readSource, repoDir, SOURCE } from './source.ts';

export { ANNEXES, cataloguePaths } from './annexes.ts';
export { CatalogueParseError, normalise, parseAnnexes } from './parse.ts';
export { SOURCE } from './source.ts';

/** The Ordinance's original text (the project's convention for the catalogue version). */
export const EFFECTIVE_FROM = '2022-07-01';

export interface BuiltFile {
  /** Repository-relative path, e.g. `plugins/ik/catalogue/annex-02.json`. */
  path: string;
  content: string;
}

export interface BuildResult {
  catalogues: Catalogue[];
  files: BuiltFile[];
}

/** Parses the annexes and renders every catalogue file, in memory. Throws `CatalogueParseError` naming the line. */
export function buildCatalogues(text: string = readSource()): BuildResult {
  const parsed = parseAnnexes(text, SOURCE.firstSeedLine);
  if (parsed.length !== ANNEXES.length)
    throw new CatalogueParseError(
      SOURCE.lastSeedLine,
      `${ANNEXES.length} annexes expected, found ${parsed.length}`,
    );
  const catalogues: Catalogue[] = [];
  const files: BuiltFile[] = [];
  ANNEXES.forEach((target, i) => {
    const annex = parsed[i];
    if (!annex) throw new Error(`annex ${target.annex} missing`);
    const catalogue = toCatalogue(annex, target);
    const content = toPrettyJson(catalogue);
    catalogues.push(catalogue);
    files.push(...cataloguePaths(target).map((p) => ({ path: p, content })));
  });
  return { catalogues, files };
}

export function toCatalogue(annex: ParsedAnnex, target: AnnexTarget): Catalogue {
  if (annex.annex !== target.annex) throw new Error(`annex ${annex.annex} given for ${target.annex}`);
  const defects = [...annex.defects];
  const [first] = annex.sections;
  if (!first) throw new CatalogueParseError(annex.firstLine, `annex ${annex.annex}: no sections`);
  if (target.codeAssigned) {
    if (!first.synthetic && first.title.includes('('))
      throw new CatalogueParseError(
        first.line,
        `annex ${annex.annex}: prints an abbreviation, none was expected`,
      );
    defects.unshift({
      line: annex.firstLine,
      kind: 'no-abbreviation',
      printed: `Приложение № ${annex.annex} ${annex.heading}`,
      handling: `The Ordinance gives the annex no abbreviation; the catalogue's code "${target.code}" (допълнителен стандарт, art. 10(2) and 11(5)) is Mera's, marked \`codeAssigned: true\`.`,
    });
  } else if (!first.title.includes(`(${target.code})`)) {
    throw new CatalogueParseError(
      first.line,
      `annex ${annex.annex}: section А does not name "(${target.code})"`,
    );
  }
  const serviceLines = annex.titleLines.filter(
    (line) => !line.startsWith('Стандарти и критерии за качество'),
  );
  return {
    annex: annex.annex,
    code: target.code,
    ...(target.codeAssigned ? { codeAssigned: true } : {}),
    title: (serviceLines.length ? serviceLines : annex.titleLines).join('; '),
    effectiveFrom: EFFECTIVE_FROM,
    heading: annex.heading,
    titleLines: annex.titleLines,
    source: {
      document: SOURCE.document,
      file: SOURCE.seedFile,
      sha256: SOURCE.seedSha256,
      firstLine: annex.firstLine,
      lastLine: annex.lastLine,
    },
    sections: annex.sections.map((section) => ({
      key: section.key,
      title: section.title,
      ...(section.synthetic ? { synthetic: true } : {}),
      standards: section.standards.map((standard): CatalogueStandard => ({
        key: standard.key,
        ...(standard.printedKey !== standard.key ? { printedKey: standard.printedKey } : {}),
        title: standard.title,
        statement: standard.statement,
        ...(standard.notes.length ? { notes: standard.notes } : {}),
        criteria: standard.criteria.map((criterion): CatalogueCriterion => ({
          key: criterion.key,
          ...(criterion.printedKey !== criterion.key ? { printedKey: criterion.printedKey } : {}),
          statement: criterion.statement,
          ...(criterion.notes.length ? { notes: criterion.notes } : {}),
          indicators: criterion.indicators.map((indicator): CatalogueIndicator => ({
            number: indicator.number,
            ...(indicator.printedNumber !== indicator.number
              ? { printedNumber: indicator.printedNumber }
              : {}),
            text: indicator.text,
            sources: indicator.sources,
            ...(indicator.notes.length ? { notes: indicator.notes } : {}),
          })),
        })),
      })),
    })),
    ...(annex.closingProvisions.length ? { closingProvisions: annex.closingProvisions } : {}),
    ...(annex.footnotes.length ? { footnotes: annex.footnotes } : {}),
    ...(defects.length ? { defects } : {}),
  };
}

/** Writes every file under `root`; returns the paths whose content changed. */
export function writeCatalogues(files: BuiltFile[], root: string = repoDir): string[] {
  const changed: string[] = [];
  for (const file of files) {
    const target = path.join(root, file.path);
    if (readOrNull(target) === file.content) continue;
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, file.content);
    changed.push(file.path);
  }
  return changed;
}

/** The paths whose committed content differs from the build (missing files included). */
export function staleCatalogues(files: BuiltFile[], root: string = repoDir): string[] {
  return files.filter((file) => readOrNull(path.join(root, file.path)) !== file.content).map((f) => f.path);
}

function readOrNull(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}
