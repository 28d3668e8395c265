import { ApolloArmor } from '@escape.tech/graphql-armor';

/**
 * Query limits: depth, cost, aliases, tokens and directives (graphql-armor). Field
 * suggestions ("Did you mean …?") are hidden in production, where they would map the schema
 * for someone who cannot introspect it.
 */
export function queryLimits({ production }: { production: boolean }) {
  return new ApolloArmor({
    maxDepth: { n: 12, ignoreIntrospection: true, flattenFragments: true },
    costLimit: { maxCost: 20_000, ignoreIntrospection: true },
    maxAliases: { n: 20 },
    maxTokens: { n: 5_000 },
    maxDirectives: { n: 50 },
    blockFieldSuggestion: { enabled: production },
  }).protect();
}
