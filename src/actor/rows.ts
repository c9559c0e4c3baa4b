// Row shapes the actor repository returns, which the GraphQL resolvers map from.
import type { ActorKind } from '../facts/schema.js';

export interface ActorRow {
  id: string;
  kind: ActorKind;
  name: string;
  nameEn: string | null;
  aliases: string[];
  katottg: string | null;
  /** False when a person's Ukrainian name is only a transliteration back from Latin (null: not loaded, or not a person). */
  nameVerified: boolean | null;
  /** The authority entry (data/authority/) the actor is. */
  authorityId: string | null;
  /** Authority entries a name kept on its own node could be. */
  candidates: string[];
}

export interface PositionRow {
  personId: string;
  organizationId: string;
  title: string;
  from: string | null;
  to: string | null;
  confidence: number | null;
}

/** A position's evidence, loaded only when asked for (a long-held position can cite hundreds of articles). */
export interface PositionEvidenceRow {
  key: string;
  articles: string[] | null;
  sentences: (string | null)[] | null;
}

/** The key of one HOLDS_POSITION relationship for the evidence loader. */
export function positionKey(p: Pick<PositionRow, 'personId' | 'organizationId' | 'title'>): string {
  return `${p.personId}\t${p.organizationId}\t${p.title}`;
}
