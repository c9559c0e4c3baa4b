// Attributes speech to the people named in one sentence: quotes with "– сказала X", "X зазначив/додав",
// "X, Head of …, noted", "за словами X", "X said", "said X", "was opened by X". References by pronoun, bare title or
// repeated surname across sentences are resolved in attribution.ts.
import { isGivenNominative } from './names.js';
import { nameGender, type Gender } from './person-gender.js';
import type { PersonMention } from './persons.js';
import type { Token } from './tokens.js';

export interface SpeechMention { person: PersonMention; quote: string | null }

/** Ukrainian past-tense speech verbs (stems; both genders and the plural follow). */
const UK_SPEECH_RE = /^(?:сказа|зазнач|наголоси|дода|резюмува|підкресли|розпові|розказа|повідоми|заяви|відзначи|звернул|звернув|виступи|поінформува|поясни|запевни|акцентува|презентува|привіта|окресли|нагада|зауважи|висловив|висловил|підсумува|констатува|закликав|закликал|відповів|відповіла|відповіли|навів|навела|навели|представи|проінформува|доповів|доповіла|доповіли|розкри|прокоментува|поділи|виголоси|запропонува|пообіця|подякува|відкри)\S*$/i;
/** Present-tense singular speech verbs of news style ("– каже він", "зазначає X"). */
const UK_PRESENT_RE = /^(?:каже|зазначає|наголошує|розповідає|додає|пояснює|підкреслює|говорить|вважає|заявляє|нагадує|повідомляє|запевняє|констатує|відзначає|переконує|резюмує)$/i;
/** Stems that are speech only with an event as their object ("відкрила презентацію", not "відкрила ЦНАП"). */
const OPEN_RE = /^(?:відкри\S*|opened|open)$/i;
/** Objects that make "відкрив/opened" an opening speech. */
const OPENED_EVENT_RE = /(?:^|[\s«"“])(?:засіданн|нарад|форум|конференці|презентаці|секці|слуханн|захід|заход|зустріч|сесі|круглий стіл|семінар|тренінг|вебінар|дискусі|панел|forum|conference|meeting|session|event|round table|seminar|presentation|workshop|panel|hearing)/i;
/** Plural forms: "X та Y розповіли" attributes speech to both, "учасники відзначили" to no one. */
const PLURAL_RE = /(?:ли|лися|лись)$/i;
/** Present forms and nouns that share a speech stem. */
const NOT_VERB_RE = /(?:ють|ять|ючи|ячи|ння|нні|нням|ий|ого|ому|их|ими|ої|ою|ій|ня|ням|ки|ка|ку|кою)$/i;
const EN_SPEECH_RE = /^(?:said|says|replied|responded|answered|warned|argued|asked|agreed|disagreed|admitted|stressed|noted|emphasi[sz]ed|added|highlighted|stated|announced|underlined|explained|remarked|told|welcomed|pointed|presented|urged|summed|concluded|informed|reported|reminded|recalled|shared|spoke|addressed|assured|proposed|suggested|outlined|commented|reiterated|confirmed|promised|briefed|opened|described|insisted|acknowledged|observed|underscored|delivered|thanked)$/i;
/** English speech verbs that also attribute passively: "was opened by X", "was presented by X". */
const EN_PASSIVE_RE = /^(?:opened|presented|shared|delivered|addressed)$/i;
/** "thanked" reads as speech only with its subject ("X thanked the partners, noting …"); never "X подякував Y". */
const WEAK_EN_RE = /^thanked$/i;
const QUOTE_RE = /[«“„"]([^»”"]{8,})[»”"]/u;
/** Tokens that end the clause a name and its verb share. */
const STOP_RE = /^[.;:«»“”"!?()…]$/;
/** Subordinate conjunctions: a verb beyond one belongs to another clause. */
const SUBORD_RE = /^(?:що|щоб|як|коли|який|яка|яке|які|якого|якої|яких|яку|якому|якій|якими|де|куди|котрий|бо|адже|але|проте|that|which|who|whom|when|because|but|while|whose)$/i;
/** Relative pronouns that open a clause about the person before them. */
const RELATIVE_RE = /^(?:який|яка|who)$/i;
/** Words that may sit between an apposition's comma and its verb ("X, Head of …, also noted"). */
const ADVERB_RE = /^(?:також|ще|зокрема|окремо|теж|насамкінець|also|further|then|later|in particular|additionally)$/i;

function isWord(t: Token | undefined): t is Token {
  return !!t && t.kind === 'word';
}

/** A speech verb of any number. `text` is the sentence (for "відкрив" + event). */
export function isSpeechWord(t: Token | undefined, text = ''): boolean {
  if (!isWord(t)) return false;
  if (OPEN_RE.test(t.lower)) {
    // Only with the event as its neighbour ("Презентацію відкрила", "opened the conference", "was opened by").
    const near = [...text.slice(0, t.start).split(/\s+/).slice(-3), ...text.slice(t.end).split(/\s+/).slice(0, 3)].join(' ');
    return (t.latin || /^відкри(?:в|ла|ли)$/i.test(t.lower)) && OPENED_EVENT_RE.test(' ' + near);
  }
  if (t.latin) return EN_SPEECH_RE.test(t.lower);
  if (UK_PRESENT_RE.test(t.lower)) return true;
  return UK_SPEECH_RE.test(t.lower) && !NOT_VERB_RE.test(t.lower) && /(?:в|ла|ли|вся|лася|лась|лись|лися)$/i.test(t.lower);
}

/** A singular speech verb ("зазначила", "said"). */
export function isSpeechVerb(t: Token | undefined, text = ''): boolean {
  return isSpeechWord(t, text) && !(t && !t.latin && PLURAL_RE.test(t.lower));
}

function isPlural(t: Token): boolean {
  return !t.latin && PLURAL_RE.test(t.lower);
}

/** Gender a Ukrainian past-tense verb agrees with ("наголосила" f, "наголосив" m); null for English or plural. */
export function verbGender(t: Token | undefined): Gender | null {
  if (!t || t.latin) return null;
  if (/(?:ла|лася|лась)$/i.test(t.lower)) return 'f';
  if (/(?:в|вся)$/i.test(t.lower)) return 'm';
  return null;
}

/** The quoted words of a sentence, without the comma or dash that hands over to the attribution. */
export function quoteOf(text: string): string | null {
  const m = QUOTE_RE.exec(text);
  return m?.[1] ? m[1].trim().replace(/[,;]$/, '').trim() : null;
}

function norm(s: string): string {
  return s.toLowerCase().replace(/[’ʼ`]/g, "'");
}

/**
 * Whether a Ukrainian mention is in the nominative, i.e. can be a verb's subject ("Оксана Мельник", not
 * "Оксані Мельник"): its words as written are the name's. Latin mentions do not inflect.
 */
export function isNominative(p: PersonMention): boolean {
  if (p.latin) return true;
  // "Валентина Осадча": one reading is the surface itself, so it may be the subject.
  if (p.alternatives.some((a) => norm(a) === norm(p.surface))) return true;
  const surface = norm(p.surface).split(/\s+/);
  const name = norm(p.name).split(/\s+/);
  if (surface.length === name.length) return surface.every((w, i) => w === name[i]);
  return surface[surface.length - 1] === name[name.length - 1];
}

/** The person mention starting at token k, if any. */
function personAt(persons: readonly PersonMention[], k: number): PersonMention | undefined {
  return persons.find((q) => q.start === k);
}

/** The person mention ending at token k (exclusive end), if any. */
function personEndingAt(persons: readonly PersonMention[], k: number): PersonMention | undefined {
  return persons.find((q) => q.end === k);
}

const JOIN_RE = /^(?:та|і|й|and|,)$/i;

/** "X [та Y] … зазначив": a verb after the name in the same clause; coordinated subjects take a plural verb. */
function verbAfter(tokens: Token[], text: string, persons: readonly PersonMention[], p: PersonMention): boolean {
  let coordinated = false;
  let k = p.end;
  for (let steps = 0; k < tokens.length && steps < 10; steps++) {
    const t = tokens[k];
    if (!t) break;
    const q = personAt(persons, k);
    if (q) {
      // "X та Y розповіли": the second subject joins the first.
      if (JOIN_RE.test(tokens[k - 1]?.text ?? '') || joinedWith(tokens, text, p, q)) { coordinated = true; k = q.end; continue; }
      return false;
    }
    if (STOP_RE.test(t.text) || t.text === '–' || t.text === '—' || SUBORD_RE.test(t.text)) return false;
    // A comma ends the clause unless it lists another subject ("X, Y та Z розповіли").
    if (t.text === ',' && !personAt(persons, k + 1)) return false;
    if (isSpeechWord(t, text)) {
      if (t.latin) return !WEAK_EN_RE.test(t.lower) || k === p.end;
      if (!coordinated && isPlural(t)) return persons.some((q) => q.end <= p.start && joinedWith(tokens, text, q, p));
      return coordinated ? isPlural(t) : agrees(t, p);
    }
    k++;
  }
  return false;
}

/** "X, Head of A, B and C, noted": the verb right after the apposition's closing comma. */
function verbAfterApposition(tokens: Token[], text: string, persons: readonly PersonMention[], p: PersonMention): boolean {
  if (tokens[p.end]?.text !== ',') return false;
  let quoted = false;
  for (let k = p.end + 1; k < Math.min(tokens.length, p.end + 40); k++) {
    const t = tokens[k];
    if (!t || personAt(persons, k)) return false;
    // A programme's quoted name may sit in the title ("Manager of the “…” project, presented").
    if (/^[«“„]$/.test(t.text)) { quoted = true; continue; }
    if (/^[»”]$/.test(t.text)) { quoted = false; continue; }
    if (quoted) continue;
    // "Manager at the … Agency (Sida), said": an abbreviation in brackets belongs to the apposition.
    if (t.text === '(') {
      const close = tokens.findIndex((w, j) => j > k && w.text === ')');
      if (close > k && close - k <= 6) { k = close; continue; }
    }
    // "X, старості …, яка розповіла": a relative clause whose verb is the speech.
    if (RELATIVE_RE.test(t.text) && tokens[k - 1]?.text === ',') {
      let v = k + 1;
      while (ADVERB_RE.test(tokens[v]?.text ?? '')) v++;
      if (isSpeechVerb(tokens[v], text)) return agrees(tokens[v] as Token, p);
      // "X, who heads the hromada, said": past the relative clause to its closing comma.
      const close = tokens.findIndex((w, j) => j > v && (w.text === ',' || STOP_RE.test(w.text)));
      if (close < 0 || tokens[close]?.text !== ',' || close - k > 15) return false;
      k = close;
      continue;
    }
    if (STOP_RE.test(t.text) || SUBORD_RE.test(t.text)) return false;
    if (!isSpeechWord(t, text)) continue;
    const before = tokens[k - 1]?.text === ',' || (ADVERB_RE.test(tokens[k - 1]?.text ?? '') && tokens[k - 2]?.text === ',');
    if (!before) return false;
    if (t.latin) return true;
    return !isPlural(t);
  }
  return false;
}

/**
 * "– наголосив X", "Як зазначив заступник міністра … X", "Досвідом поділилася X", "…,” said X", "opened by X":
 * the verb opens the clause the name closes. Ukrainian names must be in the nominative (the subject).
 */
function verbBefore(tokens: Token[], text: string, persons: readonly PersonMention[], p: PersonMention): boolean {
  for (let k = p.start - 1; k >= Math.max(0, p.start - 30); k--) {
    const t = tokens[k];
    if (!t || STOP_RE.test(t.text) || SUBORD_RE.test(t.text) || personEndingAt(persons, k + 1)) return false;
    if (!isSpeechWord(t, text)) continue;
    if (t.latin) {
      // English: "…,” said X", "said X, Head of …" or the passive "was opened by X".
      if (EN_PASSIVE_RE.test(t.lower) && tokens[k + 1]?.lower === 'by') return k + 2 === p.start || (k + 3 === p.start && tokens[k + 2]?.lower === 'the');
      if (WEAK_EN_RE.test(t.lower)) return false;
      const lead = tokens[k - 1]?.text ?? '';
      // "…,” explained the Fund's programme coordinator X": only title words between the verb and the name.
      return (k + 1 === p.start || tokens.slice(k + 1, p.start).every(isTitleWord)) && (k === 0 || /^[,”"–—»]$/.test(lead));
    }
    if (!isNominative(p) || !agrees(t, p)) return false;
    // "Досвідом поділилися X та Y": a plural verb needs the coordinated subject.
    if (isPlural(t) && !persons.some((q) => q.start > p.start && joinedWith(tokens, text, p, q))) return false;
    // "Оксана Коваль розповіла про … Петро Іваненко": a verb that has its own subject before it is not this one's.
    for (let j = k - 1; j >= Math.max(0, k - 3); j--) if (personEndingAt(persons, j + 1)) return false;
    return true;
  }
  return false;
}

/** English title words of a name's pre-title: capitalised words, "X's", function words, lower-case title nouns. */
const EN_TITLE_WORD_RE = /^(?:of|the|for|at|in|on|to|and|programme|program|project|coordinator|head|director|manager|deputy|chief|officer|adviser|advisor|expert|specialist|representative|ambassador|minister|mayor|chair|chairperson|leader|team|country|regional|senior|executive|general|secretary|consul|envoy|analyst|lawyer|lead)$/i;

function isTitleWord(t: Token): boolean {
  return t.kind === 'word' && (t.cap || EN_TITLE_WORD_RE.test(t.text));
}

/** Whether `q` joins `p` in a list of subjects ("X, Head of …, and Y", "X та Y"). */
function joinedWith(tokens: Token[], text: string, p: PersonMention, q: PersonMention): boolean {
  if (q.start <= p.end || q.start - p.end > 30) return false;
  // The conjunction may precede the second person's title ("X та Сарненський міський голова Y").
  if (!tokens.slice(p.end, q.start).some((t) => /^(?:та|і|й|and)$/i.test(t.text))) return false;
  for (let k = p.end; k < q.start; k++) {
    const t = tokens[k];
    if (!t || STOP_RE.test(t.text) || SUBORD_RE.test(t.text) || isSpeechWord(t, text)) return false;
  }
  return true;
}

/** A Ukrainian verb's gender does not contradict the person's ("наголосила" is not Іван's). */
function agrees(t: Token, p: PersonMention): boolean {
  const v = verbGender(t);
  const g = nameGender(p.name);
  // An ambiguous mention agrees through its other reading ("Валентина Осадча": hers, or his in the genitive).
  return !v || !g || v === g || p.alternatives.some((a) => nameGender(a) === v || isGivenNominative(a.split(/\s+/)[0] ?? '', v));
}

/** "За словами X", "За даними заступника міністра X", "According to X", "according to the Head of …, X". */
function accordingTo(tokens: Token[], persons: readonly PersonMention[], p: PersonMention): boolean {
  for (let k = p.start - 1; k >= Math.max(1, p.start - 15); k--) {
    const t = tokens[k];
    // "На думку експертки Програми «ДОБРЕ» X": a quoted name inside the title.
    if (t?.text === '»') {
      const open = tokens.slice(0, k).map((x) => x.text).lastIndexOf('«');
      if (open >= 0 && k - open <= 8) { k = open; continue; }
    }
    if (!t || STOP_RE.test(t.text) || personEndingAt(persons, k + 1)) return false;
    const b = tokens[k - 1]?.lower;
    if (/^(?:словами|даними)$/.test(t.lower) && b === 'за' || t.lower === 'думку' && b === 'на' || t.lower === 'to' && b === 'according') return true;
    // Only a title may stand between: a comma closes it only in English apposition.
    if (t.text === ',' && !t.latin && !tokens[k - 1]?.latin) return false;
  }
  return false;
}

/** "Слово надали X", "Слово мав X", "the floor was given to X": given the floor, the person spoke. */
function givenFloor(tokens: Token[], persons: readonly PersonMention[], p: PersonMention): boolean {
  let floor = false;
  let given = false;
  for (let k = p.start - 1; k >= Math.max(0, p.start - 6); k--) {
    const t = tokens[k];
    if (!t || STOP_RE.test(t.text) || personEndingAt(persons, k + 1)) break;
    if (/^(?:слово|floor)$/i.test(t.text)) floor = true;
    if (/^(?:надали|надав|надала|надано|given|gave)$/i.test(t.text)) given = true;
  }
  return floor && given;
}

/** "Іван Петренко: «…»", "X, голова громади: «…»": a name (and title) handing over to a quote. */
function colonQuote(tokens: Token[], persons: readonly PersonMention[], p: PersonMention): boolean {
  let k = p.end;
  if (tokens[k]?.text === ',') {
    while (k < Math.min(tokens.length, p.end + 15) && !STOP_RE.test(tokens[k]?.text ?? '') && !personAt(persons, k + 1)) k++;
  }
  return tokens[k]?.text === ':' && /^[«“„"]$/.test(tokens[k + 1]?.text ?? '');
}

/** Whether a person mention is reported as speaking in this sentence. */
export function speaksHere(text: string, tokens: Token[], persons: readonly PersonMention[], p: PersonMention): boolean {
  // A moderator "виступив модератором" moderates; he is not quoted.
  if (/модератор/i.test(text) && !quoteOf(text)) return false;
  return accordingTo(tokens, persons, p) || givenFloor(tokens, persons, p) || colonQuote(tokens, persons, p) || verbAfter(tokens, text, persons, p)
    || verbAfterApposition(tokens, text, persons, p) || verbBefore(tokens, text, persons, p);
}

/** The quote a speaker in the sentence is given: a quote that opens before the name. */
export function quoteBefore(text: string, tokens: Token[], p: PersonMention): string | null {
  const quote = quoteOf(text);
  if (!quote) return null;
  const open = tokens.findIndex((t) => /^[«“„"]$/.test(t.text));
  // Before the name ("«…», – сказав X"), or right after its colon ("X: «…»").
  return open >= 0 && (open < p.start || tokens[open - 1]?.text === ':') ? quote : null;
}

/**
 * Speakers in one sentence. `next` is the following sentence: an introduction ending in ":" gives the speaker
 * the quote that opens the next paragraph.
 */
export function findSpeech(text: string, tokens: Token[], persons: PersonMention[], next: string | null): SpeechMention[] {
  const out: SpeechMention[] = [];
  let prev: PersonMention | null = null;
  let prevByVerbBefore = false;
  for (const p of [...persons].sort((a, b) => a.start - b.start)) {
    // "opened by X, Head of …, and Y": the second of a coordinated pair shares the verb before the first.
    const joined: boolean = prev !== null && prevByVerbBefore && joinedWith(tokens, text, prev, p);
    prevByVerbBefore = joined || verbBefore(tokens, text, persons, p);
    prev = p;
    if (!joined && !speaksHere(text, tokens, persons, p)) continue;
    let q = quoteBefore(text, tokens, p);
    if (!q && /:\s*$/.test(text) && next && /^\s*[«“„"]/.test(next)) q = quoteOf(next) ?? next.replace(/^[«“„"]|[»”"]$/g, '').trim();
    out.push({ person: p, quote: q });
  }
  // "X, Chief of Party for A, and B's Deputy Head Y presented": an English verb after the second of a pair of
  // subjects joined by titles only is both people's.
  for (const q of out.slice()) {
    if (!q.person.latin && !tokens[q.person.start]?.latin || !verbAfter(tokens, text, persons, q.person)) continue;
    for (const p of persons) {
      if (p.end > q.person.start || out.some((o) => o.person === p) || !joinedWith(tokens, text, p, q.person)) continue;
      if (!tokens.slice(p.end, q.person.start).every((t) => t.text === ',' || isTitleWord(t))) continue;
      // The first subject opens the clause: "… met X and Y presented" is another verb's object.
      const lead = tokens[p.start - 1];
      if (lead && !/^[,.;:]$/.test(lead.text) && !isTitleWord(lead)) continue;
      out.push({ person: p, quote: null });
    }
  }
  return out;
}
