import { describeServicePlugin, staffingRules } from '@mera/plugin-sdk/testing';
import plugin from './index.ts';

describeServicePlugin(plugin, '@mera/plugin-dg', [['disabilities', 8, staffingRules]]);
