// Finds projects and programmes: quoted names after "проєкт/програма/project", known donor programmes, and
// the funders ("за підтримки X", "X project") and implementers named with them.
import type { OrgMention } from './orgs.js';
import { IMPLEMENTING_AGENCIES } from './project-roles.js';
import { KNOWN_PROJECTS, type KnownProject } from './project-data.js';
import type { Token } from './tokens.js';

export interface ProjectMention {
  name: string;
  nameEn: string | null;
  aliases: string[];
  funders: string[];
  implementers: string[];
  sent: number;
  start: number;
  end: number;
}

const PROJECT_WORD_RE = /^(?:проєкт|проект|програм|ініціатив|project|programme|program)\S*$/i;
const SUPPORT_RE = /^(?:підтримки|підтримкою|фінансування|фінансуванням|support|funding|funded|financed|sponsored)$/i;
const BY_ALIAS = new Map<string, KnownProject>();
for (const p of KNOWN_PROJECTS) for (const a of [p.name, ...p.aliases]) BY_ALIAS.set(a.toLowerCase(), p);

function fromKnown(p: KnownProject, sent: number, start: number, end: number): ProjectMention {
  return { name: p.name, nameEn: p.nameEn ?? null, aliases: [...p.aliases], funders: [...p.funders], implementers: [...p.implementers], sent, start, end };
}

/** Org mention ending right before a token index (ignoring "the"), e.g. "the World Bank project". */
function orgEndingAt(orgs: OrgMention[], i: number): OrgMention | undefined {
  return orgs.find((o) => o.end === i);
}

export function findProjects(tokens: Token[], text: string, sent: number, orgs: OrgMention[], lang: 'uk' | 'en'): ProjectMention[] {
  const out: ProjectMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    const known = BY_ALIAS.get(t.text.toLowerCase());
    // Written as the programme writes itself ("DECIDE", not the verb "decide"), or after "проєкт/programme".
    if (known && ([known.name, ...known.aliases].includes(t.text) || PROJECT_WORD_RE.test(tokens[i - 1]?.text ?? ''))) {
      out.push(fromKnown(known, sent, i, i + 1));
      continue;
    }
    if (!PROJECT_WORD_RE.test(t.text)) continue;
    const open = tokens[i + 1];
    if (!open || !/^[«“„"]$/.test(open.text)) continue;
    let q = i + 2;
    while (q < tokens.length && !/^[»”"]$/.test(tokens[q]?.text ?? '')) q++;
    if (q >= tokens.length) continue;
    const name = text.slice(open.end, tokens[q - 1]?.end ?? open.end).trim();
    if (!name) continue;
    const m: ProjectMention = { name, nameEn: lang === 'en' ? name : null, aliases: [], funders: [], implementers: [], sent, start: i, end: q + 1 };
    // "«...» (ПУЛЬС)": an abbreviation in brackets is the project's short name.
    if (tokens[q + 1]?.text === '(' && tokens[q + 3]?.text === ')') {
      const abbr = tokens[q + 2]?.text ?? '';
      m.aliases.push(abbr);
      const k = BY_ALIAS.get(abbr.toLowerCase());
      if (k) { m.nameEn = k.nameEn ?? m.nameEn; m.funders.push(...k.funders); m.implementers.push(...k.implementers); }
      m.end = q + 4;
    }
    // "the World Bank project “...”": the organisation naming the project funds it.
    // An implementing agency's project ("the GIZ project") is run by it, not funded by it.
    const before = orgEndingAt(orgs, i);
    if (before) (IMPLEMENTING_AGENCIES.has(before.name) ? m.implementers : m.funders).push(before.name);
    // "за підтримки X": the organisation after the support word funds it.
    tokens.forEach((s, k) => {
      if (!SUPPORT_RE.test(s.text)) return;
      const o = orgs.find((x) => x.start > k && x.start - k <= 3);
      if (o && !m.funders.includes(o.name) && o.end <= i) m.funders.push(o.name);
    });
    // The sentence's subject before "with the support of"/"за підтримки" implements it.
    const subject = orgs.find((o) => o.start <= 2);
    if (subject && !m.funders.includes(subject.name) && tokens.some((s) => SUPPORT_RE.test(s.text))) m.implementers.push(subject.name);
    out.push(m);
    i = m.end - 1;
  }
  return out;
}

/** A project named by the article's source line ("Джерело: Проект PROSTO"). */
export function projectFromSource(source: string | null | undefined): ProjectMention | null {
  if (!source) return null;
  const m = /^(?:Проєкт|Проект|Програма|Project|Programme)\s+(.+)$/i.exec(source.trim());
  if (!m?.[1]) return null;
  const known = BY_ALIAS.get(m[1].replace(/[«»“”"]/g, '').toLowerCase());
  if (known) return fromKnown(known, -1, 0, 0);
  return null;
}
