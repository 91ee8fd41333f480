import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { AppError, problemResponses } from '../../shared/problem.ts';
import { evaluateRules } from './rules.ts';
import { asPerson } from '../../platform/auth.ts';
import {
  dateOnly,
  itemWithAncestors,
  latestVersion,
  latestVersions,
  searchCatalogue,
  versionTree,
  type VersionInForce,
} from './queries.ts';
import type { Names } from './types.ts';
import {
  NamesSchema,
  ItemKind,
  VariantSummary,
  ServiceType,
  Node,
  EvaluateRulesParams,
  EvaluateRulesBody,
  GetVariantCatalogueParams,
  GetCatalogueItemQuery,
  SearchCatalogueQuery,
  GetLegacyCentreParams,
} from './schemas.ts';

/** A variant of a service type with the version of its catalogue in force (`VariantSummary`). */
function variantVersion(name: Names | null, version: VersionInForce) {
  return {
    key: version.variant_key,
    name,
    annex: version.annex,
    code: version.code,
    title: version.title,
    versionId: version.id,
    effectiveFrom: dateOnly(version.effective_from),
    itemCount: version.item_count,
  };
}

/** The Ordinance's standards, as synced from the plugins. Public: the text of a regulation is public. */
const catalogue: FastifyPluginAsyncTypebox = async (app) => {
  app.addSchema(ServiceType);
  app.addSchema(RuleResultSchema);

  app.post(
    '/catalogue/service-types/:pluginCode/variants/:variantKey/evaluation',
    {
      schema: {
        tags: ['catalogue'],
        summary: "Evaluate a set of service facts against a variant's rules",
        operationId: 'evaluateRules',
        params: EvaluateRulesParams,
        body: EvaluateRulesBody,
        response: { 200: Type.Array(RuleResultSchema), ...problemResponses },
      },
    },
    async (request) => {
      const plugin = app.servicePlugins.find((p) => p.code === request.params.pluginCode);
      const results = plugin ? evaluateRules(plugin, request.params.variantKey, request.body) : undefined;
      if (!results) throw new AppError(404, 'not_found');
      return results;
    },
  );

  app.get(
    '/catalogue/service-types',
    {
      schema: {
        tags: ['catalogue'],
        summary: 'Service types (plugins) and their variants, with the catalogue version in force',
        operationId: 'listServiceTypes',
        response: { 200: Type.Array(ServiceType), ...problemResponses },
      },
    },
    async (request) => {
      const versions = await asPerson(request, (em) => latestVersions(em));
      return app.servicePlugins.map((plugin) => ({
        code: plugin.code,
        name: plugin.name,
        variants: plugin.variants.flatMap((variant) => {
          const version = versions.find(
            (v) => v.plugin_code === plugin.code && v.variant_key === variant.key,
          );
          return version ? [variantVersion(variant.name ?? null, version)] : [];
        }),
      }));
    },
  );

  app.get(
    '/catalogue/service-types/:pluginCode/variants/:variantKey',
    {
      schema: {
        tags: ['catalogue'],
        summary:
          "A variant's full catalogue: sections, standards, criteria, indicators, sources of information",
        operationId: 'getVariantCatalogue',
        params: GetVariantCatalogueParams,
        response: {
          200: Type.Object({
            version: VariantSummary,
            sections: Type.Array(Node),
            rules: Type.Array(
              Type.Object({
                id: Type.String(),
                text: Type.String({ description: 'The Ordinance’s text the rule implements, verbatim' }),
                source: Type.String({ description: 'The indicator (or annex) it stands in' }),
              }),
              { description: "The plugin's rules for this variant, with the text each comes from" },
            ),
          }),
          ...problemResponses,
        },
      },
    },
    async (request) =>
      asPerson(request, async (em) => {
        const version = await latestVersion(em, request.params.pluginCode, request.params.variantKey);
        if (!version) throw new AppError(404, 'not_found');
        const variant = app.servicePlugins
          .find((plugin) => plugin.code === version.plugin_code)
          ?.variants.find((candidate) => candidate.key === version.variant_key);
        return {
          version: variantVersion(variant?.name ?? null, version),
          sections: await versionTree(em, version.id),
          rules: [
            ...(app.servicePlugins.find((plugin) => plugin.code === version.plugin_code)?.rules ?? []),
            ...(variant?.rules ?? []),
          ].map((rule) => ({ id: rule.id, text: rule.basis.text, source: rule.basis.source })),
        };
      }),
  );

  app.get(
    '/catalogue/items',
    {
      schema: {
        tags: ['catalogue'],
        summary:
          'One item (e.g. an indicator with its sources of information) and its ancestors, in every variant that has it',
        operationId: 'getCatalogueItem',
        querystring: GetCatalogueItemQuery,
        response: {
          200: Type.Array(
            Type.Object({
              pluginCode: Type.String(),
              variantKey: Type.String(),
              item: Type.Object({
                id: Type.String(),
                kind: ItemKind,
                key: Type.String(),
                text: Type.Union([Type.String(), Type.Null()]),
                sources: Type.Array(Type.String()),
                notes: Type.Array(Type.String()),
              }),
              ancestors: Type.Array(
                Type.Object({
                  id: Type.String(),
                  kind: ItemKind,
                  key: Type.String(),
                  title: Type.Union([Type.String(), Type.Null()]),
                  statement: Type.Union([Type.String(), Type.Null()]),
                }),
              ),
            }),
          ),
          ...problemResponses,
        },
      },
    },
    async (request) => {
      const rows = await asPerson(request, (em) => itemWithAncestors(em, request.query.id));
      if (rows.length === 0) throw new AppError(404, 'not_found');
      const groups = new Map<string, typeof rows>();
      for (const row of rows) {
        const key = `${row.plugin_code}|${row.variant_key}`;
        groups.set(key, [...(groups.get(key) ?? []), row]);
      }
      return [...groups.values()].map((chain) => {
        const [item, ...ancestors] = chain;
        if (!item) throw new AppError(404, 'not_found');
        return {
          pluginCode: item.plugin_code,
          variantKey: item.variant_key,
          item: {
            id: item.item_id,
            kind: item.kind,
            key: item.key,
            text: item.text ?? item.statement ?? item.title,
            sources: item.sources,
            notes: item.notes,
          },
          ancestors: ancestors.map((a) => ({
            id: a.item_id,
            kind: a.kind,
            key: a.key,
            title: a.title,
            statement: a.statement,
          })),
        };
      });
    },
  );

  app.get(
    '/catalogue/search',
    {
      schema: {
        tags: ['catalogue'],
        summary:
          'Search standards, criteria, indicators and sources of information (Bulgarian full text + trigram)',
        operationId: 'searchCatalogue',
        querystring: SearchCatalogueQuery,
        response: {
          200: Type.Array(
            Type.Object({
              id: Type.String(),
              kind: ItemKind,
              pluginCode: Type.String(),
              variantKey: Type.String(),
              annex: Type.Integer(),
              text: Type.String(),
              score: Type.Number(),
            }),
          ),
          ...problemResponses,
        },
      },
    },
    async (request) =>
      asPerson(request, (em) =>
        searchCatalogue(em, request.query.q, {
          limit: request.query.limit ?? 20,
          ...(request.query.plugin ? { plugin: request.query.plugin } : {}),
        }),
      ),
  );
};

const LegacyServiceSchema = Type.Object({
  pluginCode: Type.String(),
  variantKey: Type.String(),
  scope: Type.Union([Type.Literal('full'), Type.Literal('therapy-only')], {
    description:
      '`therapy-only`: only the therapy standards of the variant apply ("само стандартите за терапия")',
  }),
  item: Type.String({ description: "The Ordinance's list item, verbatim" }),
  alternatives: Type.Optional(Type.Array(Type.String(), { description: 'Other variants by target group' })),
});
const LegacyCentreSchema = Type.Object(
  {
    key: Type.String({ description: 'e.g. bg-2022-p1-11 (§ 1, al. 11)' }),
    basis: Type.String(),
    name: NamesSchema,
    text: Type.String({ description: 'The provision, verbatim' }),
    services: Type.Array(LegacyServiceSchema),
    conditional: Type.Array(
      Type.Object({
        pluginCode: Type.String(),
        variantKey: Type.String(),
        basis: Type.String(),
        text: Type.String(),
      }),
      { description: 'Standards that apply only when the condition quoted in `text` holds' },
    ),
  },
  { $id: 'LegacyCentre' },
);

/** The transitional provisions: old centre types and the services whose standards apply (public data). */
export const legacyCentreRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addSchema(LegacyCentreSchema);
  app.get(
    '/catalogue/legacy-centres',
    {
      schema: {
        tags: ['catalogue'],
        summary: 'Legacy centre types (transitional provisions) and the services whose standards apply',
        operationId: 'listLegacyCentres',
        response: { 200: Type.Array(LegacyCentreSchema), ...problemResponses },
      },
    },
    async () => app.legacyCentres,
  );
  app.get(
    '/catalogue/legacy-centres/:key',
    {
      schema: {
        tags: ['catalogue'],
        summary: 'One legacy centre type and its set of services',
        operationId: 'getLegacyCentre',
        params: GetLegacyCentreParams,
        response: { 200: LegacyCentreSchema, ...problemResponses },
      },
    },
    async (request) => {
      const centre = app.legacyCentres.find((candidate) => candidate.key === request.params.key);
      if (!centre) throw new AppError(404, 'not_found');
      return centre;
    },
  );
};

/** A rule's verdict on a service's facts (shared with the services register, which shows it next to a service). */
export const ruleResultFields = {
  rule: Type.String(),
  status: Type.Union([Type.Literal('pass'), Type.Literal('fail'), Type.Literal('warning')]),
  message: Type.Object({ bg: Type.String(), en: Type.String(), uk: Type.String() }),
  source: Type.String({ description: 'The indicator or footnote the rule comes from' }),
};
const RuleResultSchema = Type.Object(ruleResultFields, { $id: 'RuleResult' });

export default catalogue;
