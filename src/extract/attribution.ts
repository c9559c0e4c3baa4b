// Speaker attribution across an article's sentences: speakers named in the sentence (speech.ts), and speakers
// referred to by a pronoun ("За його словами", "– додала вона", "She also noted"), a subjectless verb ("Також
// наголосила, що …"), a bare title ("– сказав міський голова", "the Ambassador said") or a repeated Latin surname
// ("According to Kovalenko"); a quote paragraph with no attribution continues the previous speaker.
import type { PersonMention } from './persons.js';
import { titleGender, type Gender } from './person-gender.js';
import { Referents, titleKeys } from './referents.js';
import type { Scanned } from './scan.js';
import { findSpeech, isSpeechVerb, quoteOf, verbGender } from './speech.js';
import type { Token } from './tokens.js';

export interface Spoken {
  person: PersonMention;
  /** The sentence (index in the scanned list) that names the person: the relation's evidence. */
  named: number;
  /** The sentence the words were spoken in (whose event they belong to). */
  at: number;
  quote: string | null;
}

const UK_TITLE_HEAD_RE = /^(?:заступник|заступниця|перший|перша|начальник|начальниця|голова|посол|посолка|міністр|міністерка|віце-прем'єр-міністр|віце-прем'єр-міністерка|мер|міський|міська|селищний|селищна|сільський|сільська|секретар|секретарка|керівник|керівниця|директор|директорка|експерт|експертка|очільник|очільниця|представник|представниця|координатор|координаторка|радник|радниця|староста|спікер|спікерка|президент|президентка|віце-президент|віце-президентка|речник|речниця|уповноважений|уповноважена|аналітик|аналітикиня|менеджер|менеджерка|депутат|депутатка|губернатор|консул|посланець|посланниця|дипломат|дипломатка|співдоповідач|доповідачка|доповідач|гість|гостя)$/i;
const EN_TITLE_RE = /^(?:ambassador|minister|deputy|first|vice|head|mayor|chair|chairman|chairwoman|chairperson|director|governor|president|coordinator|rapporteur|co-rapporteur|envoy|representative|expert|chief|secretary|manager|leader|starosta|speaker|adviser|advisor|officer|consul|diplomat|official|chargé|team|executive|programme|program|project)$/i;
/** Sentence openers that may precede a subjectless verb or a title subject. */
const OPENER_RE = /^(?:також|крім|окрім|того|водночас|зокрема|окремо|насамкінець|наостанок|потім|далі|а|і|й|,|–|—|also|further|finally|then|later|moreover)$/i;
const ADVERB_RE = /^(?:також|ще|зокрема|окремо|теж|додатково|also|further|then|later|again|additionally)$/i;
const WEAK_RE = /^(?:thanked|welcomed)$/i;
/** Generic nouns for a person already named ("за словами посадовця", "за словами очільниці"). */
const GENERIC_M_RE = /^(?:посадовця|урядовця|очільника|дипломата|гостя|спікера|промовця|чиновника)$/;
const GENERIC_F_RE = /^(?:посадовиці|урядовиці|очільниці|дипломатки|гості|спікерки)$/;
/** Titles in the genitive after "за словами" ("за словами міністра", "за словами голови ОДА"). */
const UK_TITLE_GEN_RE = /^(?:заступника|заступниці|начальника|начальниці|голови|посла|посолки|міністра|міністерки|мера|секретаря|керівника|керівниці|директора|директорки|експерта|експертки|представника|представниці|координатора|координаторки|радника|радниці|старости)$/;

function isVerb(t: Token | undefined, text: string): boolean {
  return !!t && isSpeechVerb(t, text) && !WEAK_RE.test(t.lower);
}

/** A pronoun reference to a speaker: its gender and token position, or null. */
function pronounRef(tokens: Token[], text: string): { gender: Gender; pos: number } | null {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    const l = t.lower;
    const n1 = tokens[i + 1]?.lower;
    const n2 = tokens[i + 2]?.lower;
    // "За його словами", "на її думку"; "according to him", "in her words/view/opinion".
    if ((l === 'за' && (n2 === 'словами' || n2 === 'даними') || l === 'на' && n2 === 'думку') && (n1 === 'його' || n1 === 'її')) return { gender: n1 === 'його' ? 'm' : 'f', pos: i };
    if (l === 'according' && n1 === 'to' && (n2 === 'him' || n2 === 'her')) return { gender: n2 === 'him' ? 'm' : 'f', pos: i };
    // "За словами посадовця", "за словами очільниці": a generic noun for the person just named.
    if (l === 'за' && (n1 === 'словами' || n1 === 'даними') && n2) {
      const g = GENERIC_M_RE.test(n2) ? 'm' : GENERIC_F_RE.test(n2) ? 'f' : null;
      if (g) return { gender: g, pos: i };
    }
    if (l === 'in' && (n1 === 'his' || n1 === 'her') && /^(?:words|view|opinion)$/.test(n2 ?? '')) return { gender: n1 === 'his' ? 'm' : 'f', pos: i };
    const g: Gender | null = l === 'він' || l === 'he' ? 'm' : l === 'вона' || l === 'she' ? 'f' : null;
    if (!g) continue;
    // "Вона також наголосила", "He added"; "– додав він", "…,” she said" (the pronoun after its verb).
    let k = i + 1;
    while (ADVERB_RE.test(tokens[k]?.text ?? '')) k++;
    const after = tokens[k];
    const before = tokens[i - 1];
    const agree = (v: Token | undefined): boolean => { const vg = verbGender(v); return !vg || vg === g; };
    if (isVerb(after, text) && agree(after)) return { gender: g, pos: i };
    if (isVerb(before, text) && agree(before)) return { gender: g, pos: i };
  }
  return null;
}

/** "Також наголосила, що …": a singular Ukrainian speech verb opening the sentence, its gender its only subject. */
function subjectlessVerb(tokens: Token[], text: string): { gender: Gender; pos: number } | null {
  let k = 0;
  while (k < tokens.length && OPENER_RE.test(tokens[k]?.text ?? '')) k++;
  const t = tokens[k];
  if (!t || t.latin || !isVerb(t, text)) return null;
  // "Наголосила, що" opens a clause; "Наголосили учасники" is another matter (plural is not a speech verb here).
  const g = verbGender(t);
  // "Наголосила, що …", "Додав: …", "Розповіла про …"; not "Повідомила пресслужба" (a subject after the verb).
  const next = tokens[k + 1];
  if (!g || next && !/^(?:,|:|–|—|«|що|про|як|також|зокрема|на|у|в)$/i.test(next.text)) return null;
  return { gender: g, pos: k };
}

/** A bare title as the speaker: "– додала заступниця начальника ОВА", "Голова обласної ради також запропонував". */
function titleRef(tokens: Token[], text: string): { words: string[]; gender: Gender | null; pos: number } | null {
  const phraseFrom = (a: number, stop: (k: number) => boolean): string[] => {
    const words: string[] = [];
    for (let k = a; k < Math.min(tokens.length, a + 10) && !stop(k); k++) {
      const t = tokens[k];
      if (!t || /^[.;:«»“”"!?(),–—]$/.test(t.text)) break;
      if (!ADVERB_RE.test(t.text)) words.push(t.text);
    }
    return words;
  };
  // "За словами міністра", "За словами голови обласної ради".
  for (let k = 0; k + 2 < tokens.length; k++) {
    if (tokens[k]?.lower !== 'за' || !/^(?:словами|даними)$/.test(tokens[k + 1]?.lower ?? '')) continue;
    const head = tokens[k + 2];
    if (head && UK_TITLE_GEN_RE.test(head.lower)) return { words: phraseFrom(k + 2, () => false), gender: /(?:ці|ки)$/.test(head.lower) ? 'f' : null, pos: k + 2 };
  }
  for (let k = 0; k < tokens.length; k++) {
    const v = tokens[k];
    if (!isVerb(v, text) || !v) continue;
    // Verb then title: "– сказав міський голова", "said the Ambassador".
    let h = k + 1;
    if (tokens[h]?.lower === 'the') h++;
    const head = tokens[h];
    if (head && (head.latin ? EN_TITLE_RE.test(head.lower) && tokens[h - 1]?.lower === 'the' : UK_TITLE_HEAD_RE.test(head.lower))) {
      const words = phraseFrom(h, () => false);
      return { words, gender: verbGender(v) ?? titleGender(head.text), pos: h };
    }
    // Title then verb: "Посол наголосив", "«…», – зазначила голова правління", "…,” the Ambassador noted".
    for (let st = Math.max(0, k - 9); st < k; st++) {
      const first = tokens[st];
      if (!first || !(first.latin ? EN_TITLE_RE.test(first.lower) : UK_TITLE_HEAD_RE.test(first.lower))) continue;
      let lead = st - 1;
      if (tokens[lead]?.lower === 'the') lead--;
      if (first.latin && tokens[st - 1]?.lower !== 'the' && lead >= 0) continue;
      const opens = lead < 0 || /^[,”"»–—]$/.test(tokens[lead]?.text ?? '') || OPENER_RE.test(tokens[lead]?.text ?? '');
      if (!opens || tokens.slice(st, k).some((t) => /^[.;:«»“”"!?()–—]$/.test(t.text))) continue;
      return { words: phraseFrom(st, (j) => j >= k), gender: verbGender(v) ?? titleGender(first.text), pos: st };
    }
    return null;
  }
  return null;
}

/** Speakers of every sentence; `name` gives the article's canonical name of a person mention. */
export function attributeSpeech(scanned: Scanned[], name: (p: PersonMention) => string): Spoken[] {
  const out: Spoken[] = [];
  const refs = new Referents();
  let last: Spoken | null = null;
  scanned.forEach((x, idx) => {
    const { tokens } = x;
    const text = x.s.text;
    const persons = [...x.persons, ...refs.latinSurnames(tokens, idx, x.persons)].sort((a, b) => a.start - b.start);
    refs.see(idx, tokens, persons, name);
    // "Коваль наголосила": agreement tells the gender of a name that does not.
    for (const p of persons) {
      const g = verbGender(tokens[p.end]);
      if (g && isSpeechVerb(tokens[p.end], text)) refs.learnGender(p, g, name);
    }
    const next = scanned[idx + 1]?.s.text ?? null;
    const direct = findSpeech(text, tokens, persons, next);
    const here: Spoken[] = direct.map((d) => ({ person: d.person, named: idx, at: idx, quote: d.quote }));
    if (here.length === 0) {
      const quote = quoteOf(text);
      const pro = pronounRef(tokens, text) ?? (persons.length === 0 ? subjectlessVerb(tokens, text) : null);
      const title = pro || persons.length > 0 ? null : titleRef(tokens, text);
      const r = pro ? refs.byGender(pro.gender, idx, pro.pos) : title ? refs.byTitle(titleKeys(title.words), title.gender, idx, title.pos) : null;
      if (r) here.push({ person: r.person, named: r.idx, at: idx, quote: quote && text.indexOf(quote) < (tokens[pro?.pos ?? title?.pos ?? 0]?.start ?? 0) ? quote : null });
    }
    // A paragraph that is only a quote continues the speaker of the paragraph before.
    if (here.length === 0 && last && persons.length === 0 && /^[«“„"]/.test(text) && scanned[idx - 1]?.s.para === x.s.para - 1) {
      const q = quoteOf(text);
      if (q && last.at === idx - 1 && text.replace(/[«»“”„"\s.]+$/g, '').length - q.length < 4) here.push({ ...last, at: idx, quote: last.quote ?? q });
    }
    out.push(...here);
    last = here.length === 1 ? (here[0] ?? null) : null;
  });
  return out;
}
