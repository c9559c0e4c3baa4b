// Who chaired an event, read from one sentence: "під головуванням X", "Головував на засіданні X", "Засідання
// провів/вела/очолила X", "X провів робочу нараду", "модератором засідання був X", "chaired by X", "X chaired".
import type { PersonMention } from './persons.js';
import { isNominative } from './speech.js';
import type { Token } from './tokens.js';

/** Phrases after which the people named chair ("під головуванням судді X", "chaired by X"). */
const CHAIR_PHRASE_RE = /під\s+головуванням|за\s+головування|under\s+the\s+chairmanship\s+of|chaired\s+by|presided\s+over\s+by/i;
/** "під керівництвом X": a chair only where the sentence speaks of a meeting ("нарада під керівництвом голови ОДА"). */
const LEADERSHIP_RE = /під\s+керівництвом|under\s+the\s+leadership\s+of/i;
/** Verbs whose subject chairs ("X головувала", "X chaired the meeting", "Головував на засіданні X"). */
const CHAIR_VERB_RE = /^(?:головував|головувала|головує|chaired|chairs|presided|co-chaired|співголовували|співголовував|співголовувала)$/i;
/** Verbs whose subject chairs when their object is a meeting ("Нараду провела X", "X провів робочу нараду"). */
const LEAD_VERB_RE = /^(?:провів|провела|проводив|проводила|вів|вела|очолив|очолила|очолював|очолювала|керував|керувала|скликав|скликала|модерував|модерувала|led|moderated|conducted|held|hosted)$/i;
/** English verbs that chair only with a person as their subject ("X held a meeting"; "the council held" organises). */
const SUBJECT_ONLY_RE = /^(?:held|hosted)$/i;
/** Relative pronouns whose antecedent is a meeting named before ("засідання …, яке провів X"). */
const RELATIVE_RE = /^(?:яке|яку|який|яка|which)$/i;
/** Meetings a person conducts (a discussion or panel moderated is taking part, not chairing). */
const MEETING_RE = /^(?:засіданн\S*|нарад\S*|зустріч\S*|слуханн\S*|сесі\S*|колегі\S*|круглий|круглого|захід|заходу|форум\S*|конференці\S*|семінар\S*|вебінар\S*|презентаці\S*|церемоні\S*|брифінг\S*|тренінг\S*|meeting|session|hearing\S*|round|forum|conference|seminar|webinar|presentation|ceremony|briefing|training|launch|event)$/i;
/** A meeting noun in the accusative, the object a chairing verb takes ("нараду … провів"). */
const MEETING_ACC_RE = /^(?:нараду|зустріч|засідання|сесію|конференцію|форум|семінар|колегію|слухання)$/i;
/** A Ukrainian past-tense verb, which ends the clause an object opened. */
const PAST_RE = /^\p{Ll}{3,}(?:ав|ив|ла|ли|лося|вся|лася)$/u;
/** "It was moderated by X": the sentence's subject is the event the one before named. */
const IT_RE = /^(?:it|this)$/i;
/** "модератором засідання був X": the moderator of the event itself. */
const MODERATOR_RE = /^(?:модератором|модераторкою|модераторка|модератор|головуючий|головуюча|головуючим|головуючою|moderator)$/i;
/** "Модераторкою виступила X", "Головуючим був X": the verb between the role and the person. */
const BE_RE = /^(?:був|була|виступив|виступила|став|стала|was)$/i;
/** Parts of an event with moderators of their own: "модератором панелі" is a participant's role. */
const PART_RE = /^(?:панел\S*|дискусі\S*|секці\S*|обговоренн\S*|блок\S*|panel\S*|discussion\S*|session\S*)$/i;
const STOP_RE = /^[.;:«»“”"!?()]$/;
const SUBORD_RE = /^(?:що|щоб|який|яка|які|яке|де|коли|бо|але|that|which|who|where|when|but)$/i;

/** The person the clause starting after token `k` names first, within a few title words. */
function personAfter(tokens: Token[], persons: readonly PersonMention[], k: number, limit = 16): PersonMention | undefined {
  for (let j = k + 1; j < Math.min(tokens.length, k + 1 + limit); j++) {
    const p = persons.find((q) => q.start === j);
    if (p) return p;
    const t = tokens[j];
    if (!t || STOP_RE.test(t.text) || SUBORD_RE.test(t.text)) return undefined;
  }
  return undefined;
}

/** The person whose mention ends right before token `k` (the verb's subject), allowing an apposition in English. */
function personBefore(tokens: Token[], persons: readonly PersonMention[], at: number): PersonMention | undefined {
  // "X, Chair of the Committee, who chaired the hearings": the relative pronoun stands for the name before.
  const k = /^(?:who|який|яка)$/i.test(tokens[at - 1]?.text ?? '') && tokens[at - 2]?.text === ',' ? at - 1 : at;
  const direct = persons.find((q) => q.end === k || q.end === k - 1 && /^(?:також|also|then)$/i.test(tokens[k - 1]?.text ?? ''));
  if (direct) return direct;
  // "X, First Deputy Head of …, chaired": back over the apposition to the name before its comma.
  if (tokens[k - 1]?.text !== ',') return undefined;
  for (let j = k - 2; j >= Math.max(0, k - 30); j--) {
    const t = tokens[j];
    if (!t || STOP_RE.test(t.text) || SUBORD_RE.test(t.text)) return undefined;
    if (t.text === ',') return persons.find((q) => q.end === j);
  }
  return undefined;
}

/** A meeting noun near the verb at `k` (its object, before or after it); a panel or discussion says it is a part's. */
function meetingNear(tokens: Token[], k: number): boolean {
  if (tokens.slice(0, k).some((t) => PART_RE.test(t.text))) return false;
  for (let j = Math.max(0, k - 3); j < Math.min(tokens.length, k + 4); j++) {
    if (j !== k && MEETING_RE.test(tokens[j]?.text ?? '')) return true;
  }
  // "Вчора нараду з головами громад щодо … скликав і провів X": the object opens the clause, its complement between.
  const clause = tokens.slice(0, k);
  const object = clause.findIndex((t) => MEETING_ACC_RE.test(t.text));
  return object >= 0 && !clause.slice(object + 1).some((t) => /^[,;:–—]$/.test(t.text) || PAST_RE.test(t.text) && !LEAD_VERB_RE.test(t.text) && t.lower !== 'і');
}

/** "засідання виконкому, яке провів X": a relative pronoun after a comma, a meeting noun earlier in the clause chain. */
function meetingAntecedent(tokens: Token[], k: number): boolean {
  const r = tokens[k - 1];
  if (!r || !RELATIVE_RE.test(r.text) || tokens[k - 2]?.text !== ',') return false;
  for (let j = k - 3; j >= Math.max(0, k - 20); j--) {
    const t = tokens[j];
    if (!t || /^[.;:!?]$/.test(t.text)) return false;
    if (MEETING_RE.test(t.text)) return true;
  }
  return false;
}

/** The people a sentence says chaired the event it speaks of. */
export function findChairs(text: string, tokens: Token[], persons: readonly PersonMention[]): PersonMention[] {
  const out = new Set<PersonMention>();
  const phrase = CHAIR_PHRASE_RE.exec(text) ?? (tokens.some((t) => MEETING_RE.test(t.text)) ? LEADERSHIP_RE.exec(text) : null);
  if (phrase) {
    // All people named after the phrase ("під головуванням X та Y").
    for (const p of persons) if ((tokens[p.start]?.start ?? 0) >= phrase.index) out.add(p);
  }
  tokens.forEach((t, k) => {
    if (CHAIR_VERB_RE.test(t.text)) {
      const p = personBefore(tokens, persons, k) ?? personAfter(tokens, persons, k);
      if (p) out.add(p);
      return;
    }
    const itPassive = t.latin && k === 2 && IT_RE.test(tokens[0]?.text ?? '') && tokens[1]?.lower === 'was' && tokens[k + 1]?.lower === 'by';
    if (LEAD_VERB_RE.test(t.text) && (meetingNear(tokens, k) || meetingAntecedent(tokens, k) || itPassive)) {
      // "X провів нараду" (subject first) or "Нараду провела X" (object first); Ukrainian subjects are nominative.
      const before = personBefore(tokens, persons, k);
      // "X held a meeting" only: "the meeting held by the Council …" names no chair.
      const after = before || SUBJECT_ONLY_RE.test(t.text) ? undefined : personAfter(tokens, persons, k);
      const p = before ?? after;
      if (p && isNominative(p)) out.add(p);
      return;
    }
    // "Модератором засідання був X"; "the moderator of the meeting was X".
    const object = t.latin && tokens[k + 1]?.lower === 'of' ? tokens[k + 3] ?? tokens[k + 2] : tokens[k + 1];
    if (MODERATOR_RE.test(t.text) && MEETING_RE.test(object?.text ?? '')) {
      const p = personAfter(tokens, persons, k, 20);
      if (p) out.add(p);
      return;
    }
    // "Модераторкою заходу виступила X" is above; "Модераторкою виступила X" names the whole event's when no part
    // of it (a panel, a discussion) is named in the sentence.
    // "Її модератором виступив X": the moderator of something the sentence before named (a panel, often).
    if (MODERATOR_RE.test(t.text) && BE_RE.test(tokens[k + 1]?.text ?? '') && !tokens.some((w) => PART_RE.test(w.text))
      && !/^(?:її|його|їх|its|their)$/i.test(tokens[k - 1]?.text ?? '')) {
      const p = personAfter(tokens, persons, k + 1, 20);
      if (p) out.add(p);
    }
  });
  return [...out];
}
