import { describeServicePlugin, staffingRules } from '@mera/plugin-sdk/testing';
import plugin from './index.ts';

describeServicePlugin(plugin, '@mera/plugin-op', [
  ['homeless', 18, staffingRules],
  ['crisis', 19, staffingRules],
  ['children-violence', 20, staffingRules],
  ['adults-violence', 21, staffingRules],
  ['mothers', 22, staffingRules],
  ['children-crisis', 23, staffingRules],
]);
