// How the bench talks to each implementation: the URL path and the request body for one sample of one query.
import type { Impl, QueryName, Sample } from '../workload/queries.js';
import { QUERIES } from '../workload/queries.js';

export function requestPath(impl: Impl): string {
  return impl === 'raw' ? '/raw' : '/graphql';
}

export function requestBody(impl: Impl, query: QueryName, sample: Sample): string {
  const spec = QUERIES[query];
  if (impl === 'raw') return JSON.stringify({ op: spec.raw, vars: sample.raw });
  return JSON.stringify({ query: impl === 'ours' ? spec.ours : spec.peer, variables: sample[impl] });
}

/** One request outside the load: the `data` of the answer, or an error naming what went wrong. */
export async function fetchAnswer(base: string, impl: Impl, query: QueryName, sample: Sample): Promise<unknown> {
  const res = await fetch(`${base}${requestPath(impl)}`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: requestBody(impl, query, sample),
  });
  const json = (await res.json()) as { data?: unknown; errors?: { message: string }[] };
  if (json.errors?.length || !res.ok) throw new Error(`${impl} ${query}: ${json.errors?.map((e) => e.message).join('; ') ?? res.status}`);
  return json.data;
}
