import { describeServicePlugin } from '@mera/plugin-sdk/testing';
import plugin from './index.ts';

describeServicePlugin(plugin, '@mera/plugin-mpor', [
  ['community', 4, ['staffing-fill-rate', 'staffing-coefficient', 'max-duration']],
]);
