import type { ServicePluginManifest } from '@mera/plugin-sdk';

export type { Catalogue, Names, Variant as PluginVariant } from '@mera/plugin-sdk';

/** A loaded, validated plugin and where it came from. */
export interface DiscoveredPlugin extends ServicePluginManifest {
  /** Package name, for messages. */
  packageName: string;
}
