// Row shape of a statement: one (speaker, event) pair with its quote and evidence.
import type { EvidenceRow } from '../article/rows.js';

export interface StatementRow {
  speakerId: string;
  eventId: string;
  quote: string | null;
  chaired: boolean;
  /** The surest of the row's facts; null for facts written before confidences were recorded. */
  confidence: number | null;
  /** Null when the page was fetched for a selection that shows no evidence (PageKey.evidence false). */
  evidence: EvidenceRow | null;
}
