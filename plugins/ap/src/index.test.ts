import { describeServicePlugin } from '@mera/plugin-sdk/testing';
import plugin from './index.ts';

describeServicePlugin(plugin, '@mera/plugin-ap', [['specialised', 24, ['staffing-fill-rate']]]);
