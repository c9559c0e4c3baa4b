// Measures VESUM against the hand-written declension on the dev set's person names (test/devset/gold only).
//
//   npx tsx scripts/vesum/export.ts --tables   # once: writes .vesum/names.tsv.gz
//   node --expose-gc --import tsx scripts/vesum/compare.ts [--table .vesum/names.tsv.gz] [--verbose]
//
// Three lemmatisers are compared on every inflected full-name form:
//   hand    nominativeName() of src/extract/names.ts (read-only import)
//   vesum   VESUM alone: given name, patronymic and surname looked up separately, the reading chosen by gender
//           and case agreement; a token VESUM does not know is left as written
//   given   VESUM for the given name (gender, case, lemma), the hand-written rules for patronymic and surname
//   hybrid  as given, but a surname VESUM knows must agree in gender and case and takes VESUM's lemma
// and on every gold nominative (which should come back unchanged). Writes .vesum/unknown-tokens.txt: the gold
// given names and surnames that VESUM lacks, for `Export.java --lookup`.
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pathToFileURL } from 'node:url';
import { analyses, loadTable, type Analysis } from './table.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const argv = process.argv.slice(2);
const tablePath = resolve(argv.includes('--table') ? argv[argv.indexOf('--table') + 1]! : join(ROOT, '.vesum/names.tsv.gz'));
const verbose = argv.includes('--verbose');
// --hand DIR: take the hand-written lemmatiser from another checkout of src/extract (e.g. HEAD's, unpacked
// with `git archive HEAD src | tar -x -C /tmp/head`), since src/extract/ is being edited in the work tree.
const handDir = resolve(argv.includes('--hand') ? argv[argv.indexOf('--hand') + 1]! : join(ROOT, 'src/extract'));
const namesModule = (await import(pathToFileURL(join(handDir, 'names.ts')).href)) as typeof import('../../src/extract/names.js');
const { nameAnalyses, nominativeName } = namesModule;

const fold = (s: string): string => s.replace(/[’ʼ‘`´]/g, "'").replace(/ґ/g, 'г').replace(/Ґ/g, 'Г').trim().replace(/\s+/g, ' ');
const CYR_NAME_RE = /^[А-ЯІЇЄҐ][а-яіїєґ'’ʼ-]+$/;
const gc = (): void => { (globalThis as { gc?: () => void }).gc?.(); };

// --- load the table, with its cost -------------------------------------------------------------------------
gc();
const heap0 = process.memoryUsage().heapUsed;
const rss0 = process.memoryUsage().rss;
const tLoad = performance.now();
const table = loadTable(tablePath);
const loadMs = performance.now() - tLoad;
gc();
const heapMb = (process.memoryUsage().heapUsed - heap0) / 2 ** 20;
const rssMb = (process.memoryUsage().rss - rss0) / 2 ** 20;

// --- VESUM lemmatiser --------------------------------------------------------------------------------------
const CASES = ['v_naz', 'v_rod', 'v_dav', 'v_zna', 'v_oru', 'v_mis', 'v_kly'];
type Role = 'fname' | 'pname' | 'lname';

function pick(a: Analysis[], role: Role, g: string, c: string): Analysis | undefined {
  const hits = a.filter((x) => x.kind === role && x.gender === g && x.case === c);
  // Unmarked first; a lemma in -рь is a Russian spelling VESUM also lists (Бондарь beside Бондар).
  const rank = (x: Analysis): number => (x.marked ? 2 : 0) + (/рь$/.test(x.lemma) ? 1 : 0);
  return hits.sort((x, y) => rank(x) - rank(y))[0];
}

interface VesumResult { name: string; known: boolean[]; gender: string; case: string; agree: boolean }

/** "Given [Patronymic] [particles] Surname" → nominative, by VESUM readings that agree in gender and case. */
function vesumNominative(input: string): VesumResult | undefined {
  const tokens = fold(input).split(' ');
  if (tokens.length < 2) return undefined;
  // Lower-case particles (ван ден, де) stay as written; the last capitalised token is the surname.
  const roles: Array<Role | null> = tokens.map((t, i) => {
    if (!/^[А-ЯІЇЄҐA-Z]/.test(t)) return null;
    if (i === 0) return 'fname';
    if (i === tokens.length - 1) return 'lname';
    return i === 1 ? 'pname' : null;
  });
  const an = tokens.map((t, i) => (roles[i] ? analyses(table, t).filter((x) => x.kind === roles[i]) : []));
  const known = an.map((a) => a.length > 0);
  let best: { score: number; g: string; c: string; out: string[] } | undefined;
  for (const [ci, c] of CASES.entries()) {
    for (const [gi, g] of ['m', 'f'].entries()) {
      let agree = 0, marked = 0;
      const out = tokens.map((t, i) => {
        const role = roles[i];
        if (!role || !known[i]) return t;
        const hit = pick(an[i]!, role, g, c);
        if (!hit) return t;
        agree++;
        if (hit.marked) marked++;
        return hit.lemma;
      });
      const disagree = known.filter(Boolean).length - agree;
      // All known tokens agreeing first; then the nominative, then the other cases in order; men first on a tie.
      const score = disagree * 1000 + marked * 100 + ci * 10 + gi;
      if (!best || score < best.score) best = { score, g, c, out };
    }
  }
  if (!best) return undefined;
  return { name: best.out.join(' '), known, gender: best.g, case: best.c, agree: best.score < 1000 };
}

const TIE_CASES = ['v_naz', 'v_rod', 'v_zna', 'v_oru', 'v_dav', 'v_mis'];
const HAND_CASE: Record<string, string> = { nom: 'v_naz', gen: 'v_rod', dat: 'v_dav', acc: 'v_zna', ins: 'v_oru', loc: 'v_mis' };
/** A listed given name in each gender and case: stands in for a VESUM-read given name when the hand rules
 * read the rest of the name, so that they see a known given name of exactly that gender and case. */
const PROXY: Record<string, Record<string, string>> = {
  m: { v_naz: 'Іван', v_rod: 'Івана', v_dav: 'Іванові', v_zna: 'Івана', v_oru: 'Іваном', v_mis: 'Іванові' },
  f: { v_naz: 'Ганна', v_rod: 'Ганни', v_dav: 'Ганні', v_zna: 'Ганну', v_oru: 'Ганною', v_mis: 'Ганні' },
};

/**
 * VESUM for the given name, the hand-written rules for the rest ("adopt for given names only"): each VESUM
 * reading of the given name is tried with a proxy given name of that gender and case; the hand rules' most
 * plausible reading wins. With `surnames`, a surname VESUM knows must also agree and takes VESUM's lemma.
 */
function vesumGivenNominative(input: string, surnames: boolean): string {
  const tokens = fold(input).split(' ');
  const hand = fold(nominativeName(input).name);
  const given = analyses(table, tokens[0] ?? '').filter((a) => a.kind === 'fname' && (a.gender === 'm' || a.gender === 'f') && a.case !== 'v_kly');
  const last = tokens[tokens.length - 1] ?? '';
  const sur = surnames && tokens.length >= 2 ? analyses(table, last).filter((a) => a.kind === 'lname') : [];
  if (given.length === 0) {
    // Given name unknown to VESUM: the hand reading, with VESUM's surname lemma where it agrees with it.
    const h = nameAnalyses(input)[0];
    const hit = h && pick(sur, 'lname', h.gender, HAND_CASE[h.case] ?? '');
    return hit ? [...hand.split(' ').slice(0, -1), hit.lemma].join(' ') : hand;
  }
  let best: { penalty: number; name: string } | undefined;
  for (const g of given) {
    const proxy = PROXY[g.gender]?.[g.case];
    if (!proxy) continue;
    let surLemma: string | undefined;
    if (sur.length > 0) {
      surLemma = pick(sur, 'lname', g.gender, g.case)?.lemma;
      if (surLemma === undefined) continue;
    }
    const a = nameAnalyses([proxy, ...tokens.slice(1)].join(' '))
      .find((x) => x.gender === g.gender && HAND_CASE[x.case] === g.case);
    if (!a) continue;
    const rest = fold(a.name).split(' ').slice(1);
    if (surLemma !== undefined) rest[rest.length - 1] = surLemma;
    // Ties: a given name the hand-written list has (the common ones) over one only VESUM has (Петра beside
    // Петро, Юлій beside Юлія); then the more frequent cases first.
    const listed = namesModule.isGivenNominative(g.lemma, g.gender as 'm' | 'f') ? 0 : 0.3;
    const penalty = a.penalty + (g.marked ? 0.25 : 0) + listed + TIE_CASES.indexOf(g.case) * 0.01;
    if (!best || penalty < best.penalty) best = { penalty, name: [g.lemma, ...rest].join(' ') };
  }
  return best?.name ?? (surnames ? vesumGivenNominative(input, false) : hand);
}

// --- the dev set -------------------------------------------------------------------------------------------
interface Person { name: string; aliases?: string[] }
interface Gold { file: string; persons?: Person[] }
const goldDir = join(ROOT, 'test/devset/gold');
const golds: Array<{ id: string; gold: Gold }> = readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort()
  .map((f) => ({ id: f.replace(/\.json$/, ''), gold: JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as Gold }));

const isCyrName = (s: string): boolean => fold(s).split(' ').every((t) => CYR_NAME_RE.test(t) || /^(ван|дер|ден|де|фон|да|ді|ле|ла)$/.test(t));

interface Case { form: string; gold: string; src: string }
const aliasCases: Case[] = [];
const minedCases: Case[] = [];
const nominatives: Case[] = [];
const seen = new Set<string>();

/** A name token's stem for finding its inflected forms in the text: the word less its final vowels, й and ь. */
const stemOf = (t: string): string => fold(t).toLowerCase().replace(/[аяоеєиіїйуюь]+$/, '');
const ENDING_RE = /^[аяоеєиіїйуюьмвгі]*$/;
const WORD_RE = /[А-ЯІЇЄҐ][а-яіїєґ'’ʼ]+(?:-[А-ЯІЇЄҐ][а-яіїєґ'’ʼ]+)?/g;

for (const { id, gold } of golds) {
  const articlePath = join(ROOT, 'test/devset/articles', gold.file);
  const text = existsSync(articlePath) ? readFileSync(articlePath, 'utf8').replace(/<[^>]+>/g, ' ') : '';
  const words = [...text.matchAll(WORD_RE)].map((m) => ({ w: m[0], at: m.index, end: m.index + m[0].length }));
  for (const p of gold.persons ?? []) {
    if (!isCyrName(p.name)) continue;
    const goldName = fold(p.name);
    if (!seen.has(goldName)) { seen.add(goldName); nominatives.push({ form: goldName, gold: goldName, src: id }); }
    for (const a of p.aliases ?? []) {
      const f = fold(a).replace(/^(пан|пані) /, '');
      if (f.split(' ').length < 2 || !/^[А-ЯІЇЄҐ]/.test(f) || !isCyrName(f) || f === goldName) continue;
      aliasCases.push({ form: f, gold: goldName, src: id });
    }
    // Inflected "Given Surname" pairs in the article's own text (two-token gold names only).
    const [g, s, extra] = goldName.split(' ');
    if (!g || !s || extra !== undefined) continue;
    const gs = stemOf(g), ss = stemOf(s);
    if (gs.length < 3 || ss.length < 3) continue;
    const matches = (w: string, stem: string, nom: string): boolean => {
      const l = fold(w).toLowerCase();
      return l.startsWith(stem) && l.length <= nom.length + 3 && ENDING_RE.test(l.slice(stem.length));
    };
    for (let i = 0; i + 1 < words.length; i++) {
      const a = words[i]!, b = words[i + 1]!;
      if (text.slice(a.end, b.at) !== ' ') continue;
      if (!matches(a.w, gs, g) || !matches(b.w, ss, s)) continue;
      const form = fold(`${a.w} ${b.w}`);
      if (form === goldName) continue;
      if (minedCases.some((c) => c.form === form && c.gold === goldName)) continue;
      minedCases.push({ form, gold: goldName, src: id });
    }
  }
}
// Forms made up for the brief's foreign examples (not dev-set data: reported apart).
const foreign: Case[] = [
  ['Ганс Рейнерс', 'Ганс Рейнерс'], ['Ганса Рейнерса', 'Ганс Рейнерс'], ['Гансові Рейнерсу', 'Ганс Рейнерс'],
  ['Гансом Рейнерсом', 'Ганс Рейнерс'], ['Йост ван ден Берг', 'Йост ван ден Берг'], ['Йоста ван ден Берга', 'Йост ван ден Берг'],
  ['Йостом ван ден Бергом', 'Йост ван ден Берг'], ['Томаса Бергера', 'Томас Бергер'], ['Еріка Нюберга', 'Ерік Нюберг'],
].map(([form, gold]) => ({ form: form!, gold: gold!, src: 'made-up' }));

// Every singular case of the dev set's persons whose given name and surname VESUM knows, the forms made by
// VESUM (an oracle of forms, so this tests the hand rules' analysis, not VESUM's).
const formsOf = new Map<string, string>();
for (const [k, v] of table) {
  for (const row of v.split('\n')) {
    const [lemma = '', tag = ''] = row.split('\t');
    const parts = tag.split(':');
    if (parts.some((p) => p === 'bad' || p === 'err' || p === 'alt' || p === 'subst')) continue;
    const kind = parts.find((p) => p === 'fname' || p === 'lname') ?? '';
    const g = parts.find((p) => p === 'm' || p === 'f') ?? '';
    const c = parts.find((p) => p.startsWith('v_')) ?? '';
    const id = `${kind}|${fold(lemma)}|${g}|${c}`;
    if (!formsOf.has(id)) formsOf.set(id, k);
  }
}
const cap = (s: string): string => s.split('-').map((p) => p.charAt(0).toUpperCase() + p.slice(1)).join('-');
const paradigmCases: Case[] = [];
for (const n of nominatives) {
  const [g, s, extra] = n.gold.split(' ');
  if (!g || !s || extra !== undefined) continue;
  for (const gender of ['m', 'f']) {
    if (!formsOf.has(`fname|${g}|${gender}|v_naz`) || !formsOf.has(`lname|${s}|${gender}|v_naz`)) continue;
    for (const c of ['v_rod', 'v_dav', 'v_zna', 'v_oru', 'v_mis']) {
      const gf = formsOf.get(`fname|${g}|${gender}|${c}`), sf = formsOf.get(`lname|${s}|${gender}|${c}`);
      if (gf && sf) paradigmCases.push({ form: `${cap(gf)} ${cap(sf)}`, gold: n.gold, src: `${n.src} ${gender} ${c}` });
    }
  }
}
const union = [...aliasCases, ...minedCases].filter((c, i, all) => all.findIndex((d) => d.form === c.form && d.gold === c.gold) === i);

// --- scoring -----------------------------------------------------------------------------------------------
const methods: Record<string, (s: string) => string> = {
  hand: (s) => fold(nominativeName(s).name),
  vesum: (s) => vesumNominative(s)?.name ?? fold(s),
  given: (s) => vesumGivenNominative(s, false),
  hybrid: (s) => vesumGivenNominative(s, true),
};

function score(label: string, cases: Case[]): void {
  const lines: string[] = [];
  const ok: Record<string, number> = {};
  for (const m of Object.keys(methods)) ok[m] = 0;
  for (const c of cases) {
    const got: Record<string, string> = {};
    for (const [m, f] of Object.entries(methods)) {
      got[m] = f(c.form);
      if (got[m] === c.gold) ok[m]!++;
    }
    const bad = Object.keys(methods).filter((m) => got[m] !== c.gold);
    if (bad.length > 0 || verbose) {
      const v = vesumNominative(c.form);
      lines.push(`  ${c.src} ${c.form} → gold ${c.gold}; ` + Object.keys(methods).map((m) => `${m}: ${got[m] === c.gold ? 'ok' : got[m]}`).join(', ')
        + (v ? ` [vesum knows ${v.known.map((k) => (k ? 'y' : 'n')).join('')}]` : ''));
    }
  }
  console.log(`\n${label}: ${cases.length} forms; ` + Object.entries(ok).map(([m, n]) => `${m} ${n}/${cases.length}`).join(', '));
  for (const l of lines) console.log(l);
}

console.log(`hand-written rules from ${handDir}`);
console.log(`table ${tablePath}: ${table.size} distinct forms, loaded in ${loadMs.toFixed(0)} ms, heap +${heapMb.toFixed(1)} MB, rss +${rssMb.toFixed(1)} MB`);
score('A. gold aliases, inflected Cyrillic full names', aliasCases);
score('B. inflected "Given Surname" pairs found in the gold articles\' text', minedCases);
score('A+B. both, distinct forms', union);
score('E. oblique cases of the gold persons VESUM knows, forms generated by VESUM (tests the hand rules)', paradigmCases);
score('C. gold nominatives (should come back unchanged)', nominatives);
score('D. made-up foreign forms (not dev-set data)', foreign);

// --- coverage ----------------------------------------------------------------------------------------------
const givens = new Set<string>(), surnames = new Set<string>();
for (const c of nominatives) {
  const t = c.gold.split(' ');
  givens.add(t[0]!);
  const last = t[t.length - 1]!;
  if (t.length >= 2) surnames.add(last);
}
const knows = (t: string, role: Role): boolean => analyses(table, t).some((a) => a.kind === role && a.case === 'v_naz' && fold(a.lemma) === t);
const missing = (set: Set<string>, role: Role): string[] => [...set].filter((t) => !knows(t, role)).sort();
const mg = missing(givens, 'fname'), ms = missing(surnames, 'lname');
console.log(`\ncoverage: given names ${givens.size - mg.length}/${givens.size} known as fname; surnames ${surnames.size - ms.length}/${surnames.size} known as lname`);
console.log(`  given names VESUM lacks: ${mg.join(' ')}`);
console.log(`  surnames VESUM lacks: ${ms.join(' ')}`);
writeFileSync(join(dirname(tablePath), 'unknown-tokens.txt'), [...mg, ...ms].join('\n') + '\n');
