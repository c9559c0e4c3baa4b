// Row shapes of graph traversals: related actors and paths.
import type { EvidenceRow } from '../article/rows.js';
import type { NodeCard } from '../node/loaders.js';

export interface RelatedRow {
  actorId: string;
  score: number;
  sharedEvents: number;
  sharedArticles: number;
}

export interface PathStepRow {
  fromId: string;
  toId: string;
  relation: string;
  evidence: EvidenceRow[];
  evidenceCount: number;
}

export interface PathRow {
  nodeIds: string[];
  /** The path's nodes' properties, for the node loader. */
  nodes: NodeCard[];
  steps: PathStepRow[];
}
