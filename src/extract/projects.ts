// Finds projects and programmes: quoted names after "проєкт/програма/project", known donor programmes, and
// the funders ("за підтримки X", "X project") and implementers named with them. A quoted title that the words
// around it show to be a TV or radio programme, a course, a document or a competition is not a project.
import { lookupProgramme } from '../authority/programmes.js';
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
const BY_NAME = new Map(KNOWN_PROJECTS.map((p) => [p.name, p]));

/** "програма/programme", as opposed to "проєкт/project": only a programme is also a council's budget document. */
const PROGRAMME_WORD_RE = /^(?:програм|programme|program)/i;
/**
 * The word right before "програма/проєкт «…»" (or before "of the" in English) that makes the title something
 * else: a TV or radio programme ("в ефірі програми", "TV programme"), a course ("навчальна програма", "training
 * programme") or a competition ("конкурсу проєктів", "competition of projects").
 */
const NOT_PROJECT_BEFORE_RE = /^(?:ефір\p{L}*|етер\p{L}*|ток-шоу|шоу|телепрограм\p{L}*|радіопрограм\p{L}*|телевізійн\p{L}*|радіо\p{L}*|телеканал\p{L}*|телемарафон\p{L}*|tv|television|televised|radio|broadcast\p{L}*|talk-show|show|навчальн\p{L}*|тренінгов\p{L}*|training|course|courses|curriculum|learning|конкурс\p{L}*|competition\p{L}*|contest\p{L}*)$/iu;
/**
 * Before "програма" (not "проєкт"), the words of a council's or a state body's budget programme, a document
 * ("цільова програма «Питна вода»", "міська програма", "the municipal programme"), and of a curriculum ("освітня
 * програма").
 */
const DOCUMENT_BEFORE_RE = /^(?:цільов\p{L}*|міськ\p{L}*|обласн\p{L}*|районн\p{L}*|сільськ\p{L}*|селищн\p{L}*|комплексн\p{L}*|бюджетн\p{L}*|місцев\p{L}*|освітн\p{L}*|targeted|municipal|city|local|budget)$/iu;
/** English words skipped between such a word and the project word ("competition of the projects “…”"). */
const SKIP_BEFORE_RE = /^(?:of|the|a|an)$/i;
/**
 * What right after the closing quote makes the title a broadcast or a document: its channel ("«…» телеканалу
 * «Київ»", "on 1+1 TV", "“…” talk show") or the years it is adopted for ("«Питна вода» на 2024–2026 роки").
 */
const NOT_PROJECT_AFTER_RE = /^(?:(?:на\s+)?(?:телеканал|канал|радіо|радіостанці|телебачен)\p{L}*|(?:в|у)\s+(?:прямому\s+)?ефірі|на\s+\d{4}(?:\s*[–—-]\s*\d{4})?\s+р|on\s+(?:\S+\s+){0,3}?(?:tv|television|radio|channel)(?!\p{L})|(?:tv|television|radio|channel|talk\s+show|talk-show|show|broadcast|aired|airs)(?!\p{L})|for\s+\d{4}(?:\s*[–—-]\s*\d{4})?(?!\d))/iu;
/**
 * A title's first word that names a document, a competition or a show: a legal act ("«Про …»"), a strategy, a
 * regulation, a handbook or guide, a contest. Not "Курс": «Курс на відновлення» may well name a project.
 */
const NOT_PROJECT_HEAD_RE = /^(?:Про|Стратегі\p{L}*|Положення|Порядок|Статут|Регламент|Концепці\p{L}*|Посібник\p{L}*|Методичн\p{L}*|Рекомендаці\p{L}*|Конкурс\p{L}*|Ток-шоу|Handbook|Guide|Guidelines|Manual|Strategy|Regulations?|Competition|Contest|Talk-show)$/u;
/** Punctuation that ends the stretch of words read after a title. */
const STOP_RE = /^[,.;:!?()\[\]…]$/;

/**
 * Whether the quoted title after the project word at `i` (closing quote at `q`) names a TV or radio programme, a
 * course, a document or a competition, by the words around it.
 */
function notAProject(tokens: Token[], i: number, q: number, name: string): boolean {
  let b = i - 1;
  while (b >= 0 && SKIP_BEFORE_RE.test(tokens[b]?.text ?? '') && i - b < 3) b--;
  const before = tokens[b]?.text ?? '';
  if (NOT_PROJECT_BEFORE_RE.test(before)) return true;
  if (b === i - 1 && PROGRAMME_WORD_RE.test(tokens[i]?.text ?? '') && DOCUMENT_BEFORE_RE.test(before)) return true;
  if (NOT_PROJECT_HEAD_RE.test(name.split(/\s+/)[0] ?? '')) return true;
  const after: string[] = [];
  for (let k = q + 1; k < tokens.length && after.length < 6; k++) {
    const t = tokens[k]?.text ?? '';
    if (STOP_RE.test(t)) break;
    after.push(t);
  }
  return NOT_PROJECT_AFTER_RE.test(after.join(' '));
}

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
    // "«...» (ПУЛЬС)": an abbreviation in brackets is the project's short name.
    const abbr = tokens[q + 1]?.text === '(' && tokens[q + 3]?.text === ')' ? tokens[q + 2]?.text ?? '' : null;
    // A programme of the authority file, by its full name or its acronym, is one whatever the words around it,
    // and is named as the file names it: "“Decentralization for …” (DECIDE)" and a later "DECIDE" are one project.
    const programme = lookupProgramme(name) ?? (abbr ? lookupProgramme(abbr) : null);
    const listed = programme ? BY_NAME.get(programme.name) : undefined;
    if (!listed && notAProject(tokens, i, q, name)) { i = q; continue; }
    // Its funders and implementers are the ones this phrase states (or its acronym brings, below), as before.
    const m: ProjectMention = listed
      ? { ...fromKnown(listed, sent, i, q + 1), funders: [], implementers: [] }
      : { name, nameEn: lang === 'en' ? name : null, aliases: [], funders: [], implementers: [], sent, start: i, end: q + 1 };
    if (listed && name !== listed.name && !m.aliases.includes(name)) m.aliases.push(name);
    if (abbr !== null) {
      if (!m.aliases.includes(abbr) && abbr !== m.name) m.aliases.push(abbr);
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
