// The cost limit with `path` charged what it costs. graphql-armor's cost limit prices a field by its selection alone,
// so a `path { length }` counted 3.5 and one request carried 50 graph searches. A path runs up to two bounded
// searches whose work its selection does not show (10k articles: 1.5-5 ms at the median, up to 55 ms), so each `path`
// of an operation adds PATH_COST to graphql-armor's count, against the same limit. The same for any maxHops: a search
// that finds nothing within 1 hop costs more than one that finds a path within 6 (10k: 4.9 against 1.5 ms, median).
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { GraphQLError, Kind, OperationTypeNode, type ASTVisitor, type OperationDefinitionNode, type SelectionSetNode, type ValidationContext } from 'graphql';

type CostLimitOptions = NonNullable<Parameters<typeof costLimitRule>[0]>;

/** What one `path` adds to an operation's cost: at the default MAX_QUERY_COST (5000) a request carries at most 4. */
export const PATH_COST = 1000;

/**
 * The `path` fields an operation runs: distinct response keys among its root fields, through fragments (fields of
 * one key are merged by GraphQL and run once). @skip/@include are not read: the variables are not known yet.
 */
export function pathCount(operation: OperationDefinitionNode, context: Pick<ValidationContext, 'getFragment'>): number {
  if (operation.operation !== OperationTypeNode.QUERY) return 0;
  const keys = new Set<string>();
  const seen = new Set<string>();
  const visit = (set: SelectionSetNode | undefined): void => {
    for (const sel of set?.selections ?? []) {
      if (sel.kind === Kind.FIELD) {
        if (sel.name.value === 'path') keys.add(sel.alias?.value ?? sel.name.value);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        visit(sel.selectionSet);
      } else if (!seen.has(sel.name.value)) {
        // Cycles are another rule's error; a fragment spread twice at the root merges its fields.
        seen.add(sel.name.value);
        visit(context.getFragment(sel.name.value)?.selectionSet);
      }
    }
  };
  visit(operation.selectionSet);
  return keys.size;
}

/**
 * graphql-armor's costLimitRule with the options given, counting PATH_COST more per `path`: it reports and accepts as
 * graphql-armor does (onReject, onAccept, propagateOnRejection), with the same message plus what to do about paths.
 */
export function costLimitWithPaths(options: CostLimitOptions & { maxCost: number }) {
  const { maxCost, onAccept = [], onReject = [], propagateOnRejection = true, exposeLimits = true } = options;
  return (context: ValidationContext): ASTVisitor => {
    let counted = 0;
    const armor = costLimitRule({
      ...options, maxCost: Number.POSITIVE_INFINITY, onReject: [], propagateOnRejection: false,
      onAccept: [(_ctx, details: { n: number }) => { counted = details.n; }],
    })(context);
    const enter = (armor.OperationDefinition as { enter: (op: OperationDefinitionNode) => void }).enter;
    return {
      OperationDefinition: {
        enter(operation) {
          enter(operation);
          const paths = pathCount(operation, context);
          const cost = counted + paths * PATH_COST;
          if (cost <= maxCost) {
            for (const handler of onAccept) handler(context, { n: cost });
            return;
          }
          const hint = paths ? ` It asks for ${paths} path${paths > 1 ? 's' : ''}, each counting ${PATH_COST} beyond its fields: ask for fewer in one request.` : '';
          const message = exposeLimits ? `Query Cost limit of ${maxCost} exceeded, found ${cost}.${hint}` : (options.errorMessage ?? 'Query validation error.');
          const error = new GraphQLError(`Syntax Error: ${message}`);
          for (const handler of onReject) handler(context, error);
          if (propagateOnRejection) throw error;
        },
      },
    };
  };
}
