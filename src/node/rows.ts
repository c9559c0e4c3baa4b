// A node row of any kind, as the node loader returns it, with the GraphQL type it resolves to.
import type { ActorRow } from '../actor/rows.js';
import type { ArticleRow } from '../article/rows.js';
import type { EventRow } from '../event/rows.js';
import type { ReformRow } from '../reform/rows.js';

export type NodeRow =
  | ({ __typename: 'Person' | 'Organization' | 'Hromada' | 'Territory' | 'Project' } & ActorRow)
  | ({ __typename: 'Event' } & EventRow)
  | ({ __typename: 'Article' } & ArticleRow)
  | ({ __typename: 'Reform' } & ReformRow);
