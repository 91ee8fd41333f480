import { describeServicePlugin } from '@mera/plugin-sdk/testing';
import plugin from './index.ts';

describeServicePlugin(plugin, '@mera/plugin-behaviour-support', [['add-on', 9, []]]);
