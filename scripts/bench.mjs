// `npm run bench` (Mera against the done-well baseline) and `npm run bench:scale` (the national-scale measurements):
// install, then the bench package's script. Arguments after `--` pass through, e.g. `npm run bench:scale -- --scale 0.1`.
import { checkNode, install, pnpm } from './bootstrap.mjs';

checkNode();
install();
const [which, ...rest] = process.argv.slice(2);
process.exit(pnpm(['--filter', '@mera/bench', which === 'scale' ? 'bench:scale' : 'bench', ...rest]));
