// Row shapes the actor repository returns, which the GraphQL resolvers map from.
import type { ActorKind } from '../facts/schema.js';
import type { EvidenceRow } from '../article/rows.js';

export interface ActorRow {
  id: string;
  kind: ActorKind;
  name: string;
  nameEn: string | null;
  aliases: string[];
  katottg: string | null;
}

export interface PositionRow {
  personId: string;
  organizationId: string;
  title: string;
  from: string | null;
  to: string | null;
  evidence: EvidenceRow[];
}
