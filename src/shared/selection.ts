// What a field's selection asks, read from the query's AST through fragments: for fetching only what is shown.
import { Kind, type FragmentDefinitionNode, type GraphQLResolveInfo, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import { cardFields, type CardFields } from '../db/cypher.js';

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

/** Whether any `name` field is selected anywhere under the selection, through fragments. */
export function shows(set: SelectionSetNode | undefined, name: string, fragments: Fragments): boolean {
  return (set?.selections ?? []).some((sel) =>
    sel.kind === Kind.FRAGMENT_SPREAD ? shows(fragments[sel.name.value]?.selectionSet, name, fragments)
      : sel.kind === Kind.INLINE_FRAGMENT ? shows(sel.selectionSet, name, fragments)
        : sel.name.value === name || shows(sel.selectionSet, name, fragments));
}

function collectNames(set: SelectionSetNode | undefined, into: Set<string>): void {
  for (const sel of set?.selections ?? []) {
    if (sel.kind === Kind.FIELD) into.add(sel.name.value);
    if (sel.kind !== Kind.FRAGMENT_SPREAD) collectNames(sel.selectionSet, into);
  }
}

/** Per operation: Apollo's document cache hands the same parsed operation to every request of the same text. */
const ofOperation = new WeakMap<OperationDefinitionNode, { names: ReadonlySet<string>; cards: CardFields }>();

function operationFacts(info: GraphQLResolveInfo) {
  let facts = ofOperation.get(info.operation);
  if (!facts) {
    const names = new Set<string>();
    collectNames(info.operation.selectionSet, names);
    // Every fragment of the document, used or not: a name too many only costs a property read.
    for (const f of Object.values(info.fragments)) collectNames(f.selectionSet, names);
    ofOperation.set(info.operation, (facts = { names, cards: cardFields(names) }));
  }
  return facts;
}

/** Every field name the operation selects, at any depth and through fragments. */
export const shownFieldNames = (info: GraphQLResolveInfo): ReadonlySet<string> => operationFacts(info).names;

/** The node card properties the operation shows (cardFields of its field names). */
export const cardFieldsOf = (info: GraphQLResolveInfo): CardFields => operationFacts(info).cards;

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

/** Whether the field being resolved shows, anywhere under it, an `evidence`. */
export const showsEvidence = perField((info) => info.fieldNodes.some((f) => shows(f.selectionSet, 'evidence', info.fragments)));
