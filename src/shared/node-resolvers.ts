// Type resolution for the Node and Actor interfaces and the SearchResult union, from the row's __typename.
import type { Resolvers } from '../__generated__/resolvers-types.js';

const byTypename = (row: object) => (row as { __typename: string }).__typename;

// The generated types expect a narrow union of type names; rows carry exactly those names.
export const nodeTypeResolvers = {
  Node: { __resolveType: byTypename },
  Actor: { __resolveType: byTypename },
  SearchResult: { __resolveType: byTypename },
} as unknown as Resolvers;
