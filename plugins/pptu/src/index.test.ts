import { describeServicePlugin, staffingRules } from '@mera/plugin-sdk/testing';
import plugin from './index.ts';

describeServicePlugin(plugin, '@mera/plugin-pptu', [['disabilities', 7, staffingRules]]);
