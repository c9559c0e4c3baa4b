// All organisations named in one sentence: the gazetteer first, then generic patterns on what is left; a known
// organisation inside a longer name is that name's parent, listed but not an actor of the sentence.
import { matchGazetteer, type OrgMention } from './gazetteer.js';
import { withOblasts } from './hromada-oblast.js';
import { matchAdministrations, matchOblasts } from './org-admin.js';
import { matchEnglishBodies } from './org-en.js';
import { matchNamedBodies } from './org-named.js';
import { matchPatterns } from './org-patterns.js';
import type { Token } from './tokens.js';

export type { OrgMention } from './gazetteer.js';

/** Every organisation mention, parents named inside others flagged `nested`. */
export function findOrgMentions(tokens: Token[], text: string, sent: number): OrgMention[] {
  const gazetteer = matchGazetteer(tokens, text, sent);
  const known = gazetteer.filter((m) => !m.nested);
  const taken = new Array<boolean>(tokens.length).fill(false);
  for (const m of known) for (let k = m.start; k < m.end; k++) taken[k] = true;
  const named = matchNamedBodies(tokens, text, sent, taken, known);
  const generic = [...named, ...matchPatterns(tokens, text, sent, taken, known)];
  const english = matchEnglishBodies(tokens, text, sent, taken);
  const admins = matchAdministrations(tokens, text, sent, taken);
  for (const m of [...english, ...admins]) for (let k = m.start; k < m.end; k++) taken[k] = true;
  const oblasts = matchOblasts(tokens, text, sent, taken);
  const outer = generic.filter((m) => !m.nested);
  const out: OrgMention[] = [];
  for (const m of gazetteer) {
    const host = outer.find((o) => o.start <= m.start && m.end <= o.end && (o.end - o.start) > (m.end - m.start));
    if (host?.dropInner) continue;
    out.push(host ? { ...m, nested: true } : m);
  }
  out.push(...generic, ...english, ...admins, ...oblasts);
  // Outer names first where spans start together, so "the organisation ending here" is the whole name.
  return withOblasts(tokens, out).sort((a, b) => a.start - b.start || Number(a.nested ?? false) - Number(b.nested ?? false) || (b.end - b.start) - (a.end - a.start));
}

/** The organisations a sentence names as actors (parents named inside other names left out). */
export function findOrgs(tokens: Token[], text: string, sent: number): OrgMention[] {
  return findOrgMentions(tokens, text, sent).filter((m) => !m.nested);
}
