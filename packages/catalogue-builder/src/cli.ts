/**
 * `pnpm --filter @mera/catalogue-builder build:catalogue` — writes `plugins/<code>/catalogue/annex-NN.json`.
 * `… build:catalogue --check` — writes nothing; exits 1 when a committed file differs from the build.
 */
import { buildCatalogues, CatalogueParseError, staleCatalogues, writeCatalogues } from './build.ts';
import { countCatalogue } from './counts.ts';

const check = process.argv.includes('--check');

try {
  const { catalogues, files } = buildCatalogues();
  const totals = { standards: 0, criteria: 0, indicators: 0, defects: 0 };
  for (const catalogue of catalogues) {
    const counts = countCatalogue(catalogue);
    totals.standards += counts.standards;
    totals.criteria += counts.criteria;
    totals.indicators += counts.indicators;
    totals.defects += catalogue.defects?.length ?? 0;
    console.log(
      `annex ${String(catalogue.annex).padStart(2)} ${catalogue.code.padEnd(12)} ` +
        `${String(counts.standards).padStart(3)} standards ${String(counts.criteria).padStart(4)} criteria ` +
        `${String(counts.indicators).padStart(4)} indicators ${String(catalogue.defects?.length ?? 0).padStart(3)} defects`,
    );
  }
  console.log(
    `total: ${totals.standards} standards, ${totals.criteria} criteria, ${totals.indicators} indicators, ` +
      `${totals.defects} defects recorded`,
  );
  if (check) {
    const stale = staleCatalogues(files);
    for (const file of stale) console.error(`stale: ${file}`);
    if (stale.length) {
      console.error('Run `pnpm --filter @mera/catalogue-builder build:catalogue` and commit the result.');
      process.exitCode = 1;
    } else console.log(`${files.length} files up to date`);
  } else {
    const changed = writeCatalogues(files);
    console.log(changed.length ? `wrote ${changed.join(', ')}` : `${files.length} files already up to date`);
  }
} catch (error) {
  if (!(error instanceof CatalogueParseError)) throw error;
  console.error(`catalogue build failed at ${error.message}`);
  process.exitCode = 1;
}
