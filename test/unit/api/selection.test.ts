// Reading what a selection asks of a field: id-only selections of evidence articles skip the articles' lookup.
import { Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { GraphQLResolveInfo } from 'graphql';
import { asksBeyondId, shownFieldNames, shows, showsBeyondId } from '../../../src/shared/selection.js';

function read(query: string) {
  const doc = parse(query);
  const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(doc.definitions
    .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
  return { set: op.selectionSet, fragments };
}

describe('showsBeyondId', () => {
  const shows = (q: string) => { const { set, fragments } = read(q); return showsBeyondId(set, 'article', fragments); };

  it('is false when every article selection asks only id or __typename, or there is none', () => {
    expect(shows('{ evidence { sentence article { id } } }')).toBe(false);
    expect(shows('{ evidence { article { id __typename } } }')).toBe(false);
    expect(shows('{ evidence { sentence } }')).toBe(false);
    expect(shows('{ evidence { article { ... on Article { id } } } }')).toBe(false);
  });

  it('is true when some article selection asks more, directly, deeper, or through fragments', () => {
    expect(shows('{ evidence { article { id title } } }')).toBe(true);
    expect(shows('{ a: evidence { article { id } } b: evidence { article { url } } }')).toBe(true);
    expect(shows('{ x { y { evidence { article { publishedAt } } } } }')).toBe(true);
    expect(shows('{ ...S } fragment S on Statement { evidence { article { ...A } } } fragment A on Article { title }')).toBe(true);
    expect(shows('{ evidence { article { ... on Article { source } } } }')).toBe(true);
  });
});

describe('asksBeyondId', () => {
  it('looks through fragments and ignores __typename', () => {
    const { set, fragments } = read('{ ...F __typename } fragment F on Article { id }');
    expect(asksBeyondId(set, fragments)).toBe(false);
    const more = read('{ ...F } fragment F on Article { id lang }');
    expect(asksBeyondId(more.set, more.fragments)).toBe(true);
  });
});

describe('shows', () => {
  const has = (q: string, name: string) => { const { set, fragments } = read(q); return shows(set, name, fragments); };

  it('finds a field at any depth, through inline fragments and fragment spreads', () => {
    expect(has('{ statements { quote evidence { sentence } } }', 'evidence')).toBe(true);
    expect(has('{ statements { ... on Statement { evidence { sentence } } } }', 'evidence')).toBe(true);
    expect(has('{ statements { ...S } } fragment S on Statement { evidence { sentence } }', 'evidence')).toBe(true);
  });

  it('does not find a field the selection does not name', () => {
    expect(has('{ statements { speaker { name } quote chaired } }', 'evidence')).toBe(false);
    // A fragment the selection does not spread does not count.
    expect(has('{ statements { quote } } fragment S on Statement { evidence { sentence } }', 'evidence')).toBe(false);
  });
});

describe('shownFieldNames', () => {
  const info = (q: string) => {
    const { fragments } = read(q);
    const operation = parse(q).definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
    return { operation, fragments } as unknown as GraphQLResolveInfo;
  };

  it('names every field of the operation and its fragments, once per operation', () => {
    const i = info('{ node(id: "x") { id ... on Person { name positions { organization { ...O } } } } } fragment O on Organization { nameEn }');
    expect([...shownFieldNames(i)].sort()).toEqual(['id', 'name', 'nameEn', 'node', 'organization', 'positions']);
    expect(shownFieldNames(i)).toBe(shownFieldNames(i));
  });
});
