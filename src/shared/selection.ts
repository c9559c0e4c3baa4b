// What a field's selection asks, read from the query's AST through fragments: for fetching only what is shown.
import { Kind, type FragmentDefinitionNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

type Fragments = Record<string, FragmentDefinitionNode>;

const ID_ONLY = new Set(['id', '__typename']);

/** Whether the selection, through fragments, asks any field other than id and __typename. */
export function asksBeyondId(set: SelectionSetNode | undefined, fragments: Fragments): boolean {
  return (set?.selections ?? []).some((sel) =>
    sel.kind === Kind.FRAGMENT_SPREAD ? asksBeyondId(fragments[sel.name.value]?.selectionSet, fragments)
      : sel.kind === Kind.INLINE_FRAGMENT ? asksBeyondId(sel.selectionSet, fragments)
        : !ID_ONLY.has(sel.name.value));
}

/** Whether any `name` field anywhere under the selection, through fragments, asks more than its id. */
export function showsBeyondId(set: SelectionSetNode | undefined, name: string, fragments: Fragments): boolean {
  return (set?.selections ?? []).some((sel) =>
    sel.kind === Kind.FRAGMENT_SPREAD ? showsBeyondId(fragments[sel.name.value]?.selectionSet, name, fragments)
      : sel.kind === Kind.INLINE_FRAGMENT ? showsBeyondId(sel.selectionSet, name, fragments)
        : (sel.name.value === name && asksBeyondId(sel.selectionSet, fragments)) || showsBeyondId(sel.selectionSet, name, fragments));
}

/** A question about the field being resolved, answered once per field of the query: graphql-js passes the same
 * fieldNodes array for every item of a list. */
function perField(answer: (info: GraphQLResolveInfo) => boolean): (info: GraphQLResolveInfo) => boolean {
  const known = new WeakMap<readonly unknown[], boolean>();
  return (info) => {
    let a = known.get(info.fieldNodes);
    if (a === undefined) known.set(info.fieldNodes, (a = answer(info)));
    return a;
  };
}

/** Whether the field being resolved shows, anywhere under it, an `article` with more than its id. */
export const showsArticlesBeyondId = perField((info) => info.fieldNodes.some((f) => showsBeyondId(f.selectionSet, 'article', info.fragments)));

/** Whether the field being resolved asks only its id (and __typename), in every place the query names it. */
export const asksOnlyId = perField((info) => !info.fieldNodes.some((f) => asksBeyondId(f.selectionSet, info.fragments)));
