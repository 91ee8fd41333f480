import { describeServicePlugin, staffingRules } from '@mera/plugin-sdk/testing';
import plugin from './index.ts';

describeServicePlugin(plugin, '@mera/plugin-ik', [
  ['general-access', 1, ['staffing-fill-rate', 'capacity', 'staffing-coefficient', 'max-duration']],
  ['specialised', 2, staffingRules],
]);
