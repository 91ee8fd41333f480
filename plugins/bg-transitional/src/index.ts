// The Ordinance's transitional provisions (§ 1 al. 1–31, § 2, § 3) as data: until the National Map of Social
// Services, each old centre type (ЦОП, ЦСРИ, ЦНСТ, дневен център, кризисен център, приют, …) is held to the
// standards of a set of services. `data/legacy-centres.json` quotes every paragraph and list item verbatim from
// `source/transitional-provisions.txt` (the seed's lines 336–519); the test checks that.
import { defineLegacyCentres, type LegacyCentres } from '@mera/plugin-sdk';
import data from '../data/legacy-centres.json' with { type: 'json' };

export default defineLegacyCentres(data as LegacyCentres);
