// GraphQL Code Generator: resolver types from schema/*.graphql, mapped onto the repository row types.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema/*.graphql',
  generates: {
    'src/__generated__/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useIndexSignature: true,
        contextType: '../context.js#Context',
        enumsAsTypes: true,
        strictScalars: true,
        scalars: { Date: 'string' },
        mappers: {
          Actor: '../actor/rows.js#ActorRow',
          Person: '../actor/rows.js#ActorRow',
          Organization: '../actor/rows.js#ActorRow',
          Hromada: '../actor/rows.js#ActorRow',
          Territory: '../actor/rows.js#ActorRow',
          Project: '../actor/rows.js#ActorRow',
          Position: '../actor/rows.js#PositionRow',
          Event: '../event/rows.js#EventRow',
          Statement: '../statement/rows.js#StatementRow',
          Article: '../article/rows.js#ArticleRow',
          Evidence: '../article/rows.js#EvidenceRow',
          Reform: '../reform/rows.js#ReformRow',
          RelatedActor: '../graph/rows.js#RelatedRow',
          Path: '../graph/rows.js#PathRow',
          PathStep: '../graph/rows.js#PathStepRow',
          NameSpan: '../actor/authority-fields.js#NameSpanRow',
          Succession: '../actor/authority-fields.js#SuccessionRow',
        },
      },
    },
  },
};

export default config;
