// Before measuring: the three implementations must give the same answer (ids, counts) to the same question.
import { fetchAnswer } from '../impl/client.js';
import { IMPLS, QUERIES, QUERY_NAMES, type Impl, type QueryName, type Sample } from '../workload/queries.js';

export interface Mismatch { query: QueryName; sample: number; answers: Partial<Record<Impl, unknown>> }

export async function checkEquivalence(bases: Record<Impl, string>, samples: Record<QueryName, Sample[]>, perQuery: number): Promise<{ checked: number; mismatches: Mismatch[] }> {
  const mismatches: Mismatch[] = [];
  let checked = 0;
  for (const query of QUERY_NAMES) {
    for (const [i, sample] of samples[query].slice(0, perQuery).entries()) {
      const answers: Partial<Record<Impl, unknown>> = {};
      for (const impl of IMPLS) {
        try {
          answers[impl] = QUERIES[query].canon[impl](await fetchAnswer(bases[impl], impl, query, sample));
        } catch (e) {
          answers[impl] = { error: (e as Error).message };
        }
      }
      checked++;
      const texts = IMPLS.map((impl) => JSON.stringify(answers[impl]));
      if (texts.some((t) => t !== texts[0])) mismatches.push({ query, sample: i, answers });
    }
  }
  return { checked, mismatches };
}
