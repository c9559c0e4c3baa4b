// zod schemas for the mutations' arguments: what an article handed over the API may be.
import { z } from 'zod';
import { PartialDate } from '../facts/schema.js';
import { MAX_ARTICLE_BYTES } from '../ingest/readers/index.js';
import { hasText, NO_TEXT, wellFormed } from '../ingest/readers/unicode.js';

export const IngestArticleInput = z.object({
  content: z.string().refine((s) => s.trim().length > 0, 'must not be empty').refine((s) => s.length <= MAX_ARTICLE_BYTES, 'is longer than one article can be')
    // A JSON request can carry lone surrogates ("\ud800"): well-formed and NFC before anything reads it.
    .transform(wellFormed).refine((s) => s.trim().length === 0 || hasText(s), NO_TEXT),
  format: z.enum(['TEXT', 'HTML', 'JSONL']).nullish().transform((v) => v ?? null),
  url: z.string().trim().url('must be an absolute URL').max(2000).nullish().transform((v) => v ?? null),
  publishedAt: PartialDate.nullish().transform((v) => v ?? null),
  source: z.string().trim().min(1).max(200).nullish().transform((v) => v ?? null),
});
export type IngestArticleInput = z.output<typeof IngestArticleInput>;
