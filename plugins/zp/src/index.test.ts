import { describeServicePlugin, staffingRules } from '@mera/plugin-sdk/testing';
import plugin from './index.ts';

describeServicePlugin(plugin, '@mera/plugin-zp', [['specialised', 3, staffingRules]]);
