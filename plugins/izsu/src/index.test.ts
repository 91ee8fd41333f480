import { describeServicePlugin, staffingRules } from '@mera/plugin-sdk/testing';
import plugin from './index.ts';

describeServicePlugin(plugin, '@mera/plugin-izsu', [
  ['children-medical', 15, staffingRules],
  ['adults-medical', 16, staffingRules],
  ['children-high-risk', 17, staffingRules],
]);
