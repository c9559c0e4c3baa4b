// Who funds and who implements a project, read from one sentence: "funded by X and implemented by Y", "Програму
// фінансує X, а впроваджує Y", "фінансується X-ом", "реалізує Y", "the GIZ project" (an implementing agency's).
import type { OrgMention } from './orgs.js';
import type { ProjectMention } from './projects.js';
import type { Token } from './tokens.js';

export interface ProjectRoles { project: string; funders: string[]; implementers: string[] }

/** Verb forms naming a funder or an implementer, active ("фінансує") and passive ("funded by", "фінансується"). */
const FUND_RE = /^(?:фінансує|фінансують|фінансував|фінансувала|профінансував|профінансувала|профінансували|фінансується|фінансуються|фінансувався|фінансувалася|фінансування|фінансуванням|funded|financed|sponsored|funds|finances)$/i;
const IMPL_RE = /^(?:впроваджує|впроваджують|впроваджується|впроваджуються|реалізує|реалізують|реалізується|реалізуються|implemented|implements)$/i;
/**
 * Words allowed between the verb and its agents ("funded by the", "фінансується Європейським Союзом та його
 * державами-членами Данією, …", "by the EU and its member states Germany, …").
 */
const LINK_RE = /^(?:by|the|a|an|jointly|з|із|спільно|,|and|та|і|й|its|member|states|його|її|державами-членами|країнами-членами|урядами|governments|of)$/i;
/** Sentences whose subject is the project named before ("The project is funded by …", "Програма фінансується …"). */
const BACK_RE = /^(?:The|This|It|Its)\s+(?:project|programme|program|initiative)?|^(?:Проєкт|Проект|Програма|Програму|Ініціатива|Її|Його)\s/;
/** Implementing agencies: "the GIZ project" is run by GIZ, not funded by it. */
export const IMPLEMENTING_AGENCIES = new Set([
  'Німецьке товариство міжнародного співробітництва', 'Програма розвитку ООН', 'SKL International', 'DOCCU – Development and Cooperation',
]);

/** The organisations named right after token `v` (skipping links), or right before it when none follows. */
function agentsAround(tokens: Token[], v: number, orgs: readonly OrgMention[]): string[] {
  const out: string[] = [];
  let k = v + 1;
  let guard = 0;
  while (k < tokens.length && guard++ < 20) {
    const o = orgs.find((g) => g.start === k);
    if (o) { out.push(o.name); k = o.end; continue; }
    // "(BMZ)": an abbreviation in brackets repeats the name before it.
    if (tokens[k]?.text === '(' && tokens[k + 2]?.text === ')') { k += 3; continue; }
    if (LINK_RE.test(tokens[k]?.text ?? '') || /^(?:NGO|ГО|організаці\S*|агенці\S*)$/i.test(tokens[k]?.text ?? '')) { k++; continue; }
    break;
  }
  if (out.length > 0) return out;
  // "Уряд Швеції фінансує програму": the subject right before the verb.
  const before = orgs.filter((g) => g.end === v || g.end === v - 1 && tokens[v - 1]?.text === ')');
  return before.map((g) => g.name);
}

/** Funders and implementers a sentence names for its project (or, referring back, for `previous`). */
export function findProjectRoles(tokens: Token[], text: string, orgs: readonly OrgMention[], projects: readonly ProjectMention[],
  previous: string | null): ProjectRoles | null {
  const project = projects[0]?.name ?? (BACK_RE.test(text.trim()) ? previous : null);
  if (!project) return null;
  const roles: ProjectRoles = { project, funders: [], implementers: [] };
  tokens.forEach((t, v) => {
    if (FUND_RE.test(t.text)) for (const n of agentsAround(tokens, v, orgs)) if (!roles.funders.includes(n)) roles.funders.push(n);
    if (IMPL_RE.test(t.text)) for (const n of agentsAround(tokens, v, orgs)) if (!roles.implementers.includes(n)) roles.implementers.push(n);
  });
  roles.funders = roles.funders.filter((n) => !roles.implementers.includes(n));
  return roles.funders.length + roles.implementers.length > 0 ? roles : null;
}
