// zod schemas for the mutations' arguments: what an article handed over the API may be.
import { z } from 'zod';
import { PartialDate } from '../facts/schema.js';
import { MAX_ARTICLE_BYTES } from '../ingest/readers/index.js';

export const IngestArticleInput = z.object({
  content: z.string().refine((s) => s.trim().length > 0, 'must not be empty').refine((s) => s.length <= MAX_ARTICLE_BYTES, 'is longer than one article can be'),
  format: z.enum(['TEXT', 'HTML', 'JSONL']).nullish().transform((v) => v ?? null),
  url: z.string().trim().url('must be an absolute URL').max(2000).nullish().transform((v) => v ?? null),
  publishedAt: PartialDate.nullish().transform((v) => v ?? null),
  source: z.string().trim().min(1).max(200).nullish().transform((v) => v ?? null),
});
export type IngestArticleInput = z.output<typeof IngestArticleInput>;
