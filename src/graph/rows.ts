// Row shapes of graph traversals: related actors and paths.
import type { EvidenceRow } from '../article/rows.js';

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
}

export interface PathRow {
  nodeIds: string[];
  steps: PathStepRow[];
}
