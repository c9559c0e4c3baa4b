// Positions in English text: "Olha Krentovska, First Deputy Minister of Social Policy", "Minister of X Name".
import { findOrgs, type OrgMention } from './orgs.js';
import { tokenise, type Token } from './tokens.js';
import type { PersonMention } from './persons.js';
import type { PositionMention } from './positions.js';

/** English titles → the Ukrainian titles the graph uses, longest first. */
const TITLES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^first deputy minister$/i, 'перший заступник міністра'], [/^deputy minister$/i, 'заступник міністра'],
  [/^deputy prime minister$/i, "віце-прем'єр-міністр"], [/^prime minister$/i, "прем'єр-міністр"], [/^minister$/i, 'міністр'],
  [/^first deputy head$/i, 'перший заступник керівника'], [/^deputy head$/i, 'заступник керівника'], [/^head$/i, 'голова'],
  [/^mayor$/i, 'міський голова'], [/^ambassador$/i, 'посол'], [/^advis[eo]r$/i, 'радник'], [/^director$/i, 'директор'],
  [/^deputy director$/i, 'заступник директора'], [/^chair(?:man|woman|person)?$/i, 'голова'], [/^coordinator$/i, 'координатор'],
  [/^team leader$/i, 'керівник команди'], [/^project manager$/i, 'менеджер проєкту'], [/^expert$/i, 'експерт'],
  [/^(?:village|settlement) head$/i, 'голова громади'], [/^head of (?:the )?department$/i, 'начальник управління'],
];
const TITLE_WORD_RE = /^(?:First|Deputy|Prime|Minister|Head|Mayor|Ambassador|Advis[eo]r|Director|Chair(?:man|woman|person)?|Coordinator|Team|Leader|Project|Manager|Expert|Village|Settlement)$/i;

function ukTitle(words: string[]): string | null {
  const t = words.join(' ');
  for (const [re, uk] of TITLES) if (re.test(t)) return uk;
  return null;
}

/** The organisation after "of": "Minister of Social Policy" names the Ministry of Social Policy. */
function orgAfterOf(tokens: Token[], i: number, title: string): { org: OrgMention | null; end: number } {
  if (tokens[i]?.lower !== 'of') return { org: null, end: i };
  let j = i + 1;
  if (tokens[j]?.lower === 'the') j++;
  const start = j;
  while (tokens[j] && (tokens[j]?.cap || /^(?:of|and|for|the)$/.test(tokens[j]?.lower ?? ''))) j++;
  while (j > start && /^(?:of|and|for|the)$/.test(tokens[j - 1]?.lower ?? '')) j--;
  if (j === start) return { org: null, end: i };
  let phrase = tokens.slice(start, j).map((t) => t.text).join(' ');
  if (/міністр/.test(title) && !/^Ministry/.test(phrase)) phrase = `Ministry of ${phrase}`;
  const found = findOrgs(tokenise(phrase), phrase, -1)[0];
  const org: OrgMention = found ?? { name: phrase, kind: /^Ministry/.test(phrase) ? 'MINISTRY' : 'OTHER', nameEn: phrase, surface: phrase, sent: -1, start: 0, end: 0 };
  return { org, end: j };
}

export function findPositionEn(tokens: Token[], p: PersonMention): PositionMention | null {
  // After the name: ", First Deputy Minister of Social Policy"
  if (tokens[p.end]?.text === ',') {
    let j = p.end + 1;
    while (TITLE_WORD_RE.test(tokens[j]?.text ?? '')) j++;
    const title = ukTitle(tokens.slice(p.end + 1, j).map((t) => t.text));
    if (title) {
      const { org } = orgAfterOf(tokens, j, title);
      if (org) return { title, organization: org.name, orgMention: org };
    }
  }
  // Before the name: "Deputy Minister of Social Policy Olha Krentovska"
  for (let a = Math.max(0, p.start - 10); a < p.start; a++) {
    let j = a;
    while (j < p.start && TITLE_WORD_RE.test(tokens[j]?.text ?? '')) j++;
    if (j === a) continue;
    const title = ukTitle(tokens.slice(a, j).map((t) => t.text));
    if (!title) continue;
    const { org, end } = orgAfterOf(tokens, j, title);
    if (org && end === p.start) return { title, organization: org.name, orgMention: org };
  }
  return null;
}
