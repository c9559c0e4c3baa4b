// The Date scalar: ISO dates, partial ones allowed ("2023-11", "2023").
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { PartialDate } from '../facts/schema.js';

function check(value: unknown): string {
  const r = PartialDate.safeParse(value);
  if (!r.success) throw new GraphQLError(`Date must be YYYY, YYYY-MM or YYYY-MM-DD, got ${JSON.stringify(value)}`, { extensions: { code: 'BAD_USER_INPUT' } });
  return r.data;
}

export const dateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'ISO 8601 date, or a partial date ("2023-11", "2023").',
  serialize: (v) => check(v),
  parseValue: (v) => check(v),
  parseLiteral: (ast) => check(ast.kind === Kind.STRING ? ast.value : undefined),
});
