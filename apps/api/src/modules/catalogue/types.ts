export type { Catalogue, Names, Variant as PluginVariant } from '@mera/plugin-sdk';

/** A loaded, validated plugin and where it came from. */
export type { ServicePlugin as DiscoveredPlugin } from '../../shared/context.ts';
