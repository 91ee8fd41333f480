import { describeServicePlugin, staffingRules } from '@mera/plugin-sdk/testing';
import plugin from './index.ts';

describeServicePlugin(plugin, '@mera/plugin-rg', [
  ['children', 10, staffingRules],
  ['children-disabilities', 11, staffingRules],
  ['adults-disabilities', 12, staffingRules],
  ['elderly', 13, staffingRules],
  ['youth', 14, staffingRules],
]);
