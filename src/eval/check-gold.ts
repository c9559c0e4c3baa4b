// Checks a gold annotation against its article: evidence quoted from the text, endpoints and organisations declared.
import type { ArticleFacts, ParsedArticle } from '../facts/schema.js';
import { normName } from './normalise.js';
import { resolveLocal } from './relations.js';

/** Text compared loosely: apostrophes, quotes, dashes, case and whitespace do not count. */
const loose = (s: string): string => normName(s).replace(/\s+/g, ' ');

/** Problems found in one gold document; an empty list means it is consistent with its article. */
export function checkGold(gold: ArticleFacts, article: ParsedArticle): string[] {
  const problems: string[] = [];
  const body = loose(article.body);
  const orgs = new Set(gold.organizations.flatMap((o) => [o.name, ...o.aliases]).map(normName));
  const persons = new Set(gold.persons.map((p) => normName(p.name)));

  if (gold.lang !== article.lang) problems.push(`lang: gold ${gold.lang}, reader ${article.lang}`);
  for (const r of gold.relations) {
    const label = `${r.type} ${r.from} → ${r.to}`;
    if (!body.includes(loose(r.evidence))) problems.push(`${label}: evidence not found in the article body: "${r.evidence.slice(0, 80)}"`);
    if (r.quote && !body.includes(loose(r.quote))) problems.push(`${label}: quote not found in the article body`);
    if (!resolveLocal(gold, r.from)) problems.push(`${label}: "from" names no person, organisation, project or event`);
    if (!resolveLocal(gold, r.to, r.type === 'ABOUT')) problems.push(`${label}: "to" names nothing in the lists`);
    if (r.type === 'ABOUT' && !resolveLocal(gold, r.to, true)) problems.push(`${label}: reform missing from reforms`);
    if (['SPOKE_AT', 'CHAIRED'].includes(r.type) && !persons.has(normName(r.from))) problems.push(`${label}: speaker/chair is not a person`);
    if (['SPOKE_AT', 'CHAIRED', 'PARTICIPATED_IN', 'ORGANISED'].includes(r.type) && resolveLocal(gold, r.to)?.kind !== 'event') {
      problems.push(`${label}: target is not an event`);
    }
    if (r.type === 'HOLDS_POSITION' && !orgs.has(normName(r.to))) problems.push(`${label}: organisation not listed`);
  }
  for (const p of gold.persons) {
    for (const pos of p.positions) {
      if (!orgs.has(normName(pos.organization))) problems.push(`person ${p.name}: position organisation "${pos.organization}" not listed`);
      const stated = gold.relations.some((r) => r.type === 'HOLDS_POSITION' && normName(r.from) === normName(p.name) && normName(r.to) === normName(pos.organization));
      if (!stated) problems.push(`person ${p.name}: position at ${pos.organization} has no HOLDS_POSITION relation with evidence`);
    }
  }
  for (const pr of gold.projects) {
    for (const o of [...pr.funders, ...pr.implementers]) if (!orgs.has(normName(o))) problems.push(`project ${pr.name}: "${o}" not listed as organisation`);
  }
  for (const e of gold.events) {
    if (e.startDate && e.endDate && e.endDate < e.startDate) problems.push(`event ${e.name}: ends before it starts`);
  }
  const names = [...gold.persons.map((p) => `person ${p.name}`), ...gold.organizations.map((o) => `organisation ${o.name}`), ...gold.events.map((e) => `event ${e.name}`)];
  const dup = names.filter((n, i) => names.indexOf(n) !== i);
  if (dup.length > 0) problems.push(`duplicates: ${[...new Set(dup)].join(', ')}`);
  return problems;
}
