import { ApolloArmor } from '@escape.tech/graphql-armor';

/**
 * The most lexical tokens a query may have. graphql-js's own parser counts them (Apollo's
 * parseOptions), so a query over it is a parse error: HTTP 400, GRAPHQL_PARSE_FAILED.
 * (graphql-armor's maxTokens throws from a plugin hook, which Apollo answers with a 500.)
 */
export const MAX_TOKENS = 5_000;

/**
 * Query limits: depth, cost, aliases and directives (graphql-armor). Field
 * suggestions ("Did you mean …?") are hidden in production, where they would map the schema
 * for someone who cannot introspect it.
 */
export function queryLimits({ production }: { production: boolean }) {
  return new ApolloArmor({
    maxDepth: { n: 12, ignoreIntrospection: true, flattenFragments: true },
    costLimit: { maxCost: 20_000, ignoreIntrospection: true },
    maxAliases: { n: 20 },
    maxTokens: { enabled: false },
    maxDirectives: { n: 50 },
    blockFieldSuggestion: { enabled: production },
  }).protect();
}
