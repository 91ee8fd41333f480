/**
 * The shape of a plugin's catalogue JSON and manifest as the core reads them (the plugin SDK defines and validates
 * the full contract; the core relies only on these fields).
 */
export interface CatalogueIndicator {
  id?: string;
  number: number;
  text: string;
  sources: string[];
  notes?: string[];
}

export interface CatalogueCriterion {
  id?: string;
  key: string;
  statement: string;
  indicators: CatalogueIndicator[];
}

export interface CatalogueStandard {
  id?: string;
  key: string;
  title: string;
  statement?: string;
  criteria: CatalogueCriterion[];
}

export interface CatalogueSection {
  id?: string;
  key: string;
  title: string;
  standards: CatalogueStandard[];
}

export interface Catalogue {
  annex: number;
  code: string;
  title: string;
  /** The date the text applies from; the Ordinance's original text by default. */
  effectiveFrom?: string;
  sections: CatalogueSection[];
}

export type Names = Record<'bg' | 'en' | 'uk', string>;

export interface PluginVariant {
  key: string;
  annex: number;
  name?: Names;
  catalogue: Catalogue;
}

export interface DiscoveredPlugin {
  code: string;
  name: Names;
  variants: PluginVariant[];
  /** Package name and folder, for messages. */
  packageName: string;
  /** The whole manifest, for the parts the core passes through (rules, forms, scoring). */
  manifest: Record<string, unknown>;
}
