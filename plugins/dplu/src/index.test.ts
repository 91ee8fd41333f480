import { describeServicePlugin } from '@mera/plugin-sdk/testing';
import plugin from './index.ts';

describeServicePlugin(plugin, '@mera/plugin-dplu', [['homes', 25, ['staffing-fill-rate']]]);
