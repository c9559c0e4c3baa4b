// All organisations named in one sentence: the gazetteer first, then generic patterns on what is left.
import { matchGazetteer, type OrgMention } from './gazetteer.js';
import { matchAdministrations, matchPatterns } from './org-patterns.js';
import type { Token } from './tokens.js';

export type { OrgMention } from './gazetteer.js';

export function findOrgs(tokens: Token[], text: string, sent: number): OrgMention[] {
  const known = matchGazetteer(tokens, text, sent);
  const taken = new Array<boolean>(tokens.length).fill(false);
  for (const m of known) for (let k = m.start; k < m.end; k++) taken[k] = true;
  const generic = matchPatterns(tokens, text, sent, taken);
  const admins = matchAdministrations(tokens, text, sent, taken);
  return [...known, ...generic, ...admins].sort((a, b) => a.start - b.start);
}
