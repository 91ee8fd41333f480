import type { ServicePluginManifest } from './types.ts';

/**
 * Declares a service plugin. Typed so a plugin's mistakes show in the editor; `validatePlugin` checks the same at
 * start-up, where data from JSON cannot be typed.
 */
export function defineServicePlugin<const M extends ServicePluginManifest>(manifest: M): M {
  return manifest;
}
