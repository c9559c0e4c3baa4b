// Article-level events: which mention names a new event and which refers back, each sentence's event, and the
// event's date and place.
import { relativeDay, shiftDays } from './dates.js';
import { ANAPHORA_RE, type EventMention } from './event-names.js';
import { isFiniteVerb } from './event-uk.js';
import type { Scanned } from './scan.js';

export interface EventRec {
  name: string;
  /** Other names the article gives it (a headline's shorter form, a fuller later one). */
  aliases: Set<string>;
  kind: string;
  startDate: string | null;
  endDate: string | null;
  location: string | null;
  /** The sentence that names it. */
  first: number;
  /** Sentences that mention it (by name or by referring back). */
  mentions: Set<number>;
  /** Place mentions used as its location (so they are not also read as hromadas). */
  placeSentence: number | null;
}

/** Verbs and phrases saying an event happens, happened or will happen. */
const CUE_RE = /головуванням|chairmanship|chaired|участ|participat/i;
const OCCURS_RE = /відбул|відбудеться|відбувся|відбуваєт|проход|провел|провів|проводить|проведе|проведено|організува|стартува|розпочал|пройш|зібрал|запрошує|оголошує|розпочав|завершил|завершив|продовжил|продовжив|began with|started with|ended with|continued with|brought together|gathered|was held|took place|will be held|will take place|is held|hosted|organi[sz]ed|held/i;
/** A plan, not an event: "наступне засідання заплановано на …", "is scheduled for". */
const PLAN_RE = /запланован|планується|плануємо|планують|буде проведено|будуть розглянуті|наступного тижня|наступного місяця|is scheduled|are scheduled|is planned|are planned|next week|next month/i;
const NEXT_DAY_RE = /наступного дня|наступного ранку|другого дня|the next day|the following day|a day later/i;
/** Past occurrence: a plan sentence that also says something took place is a report. */
const PAST_RE = /відбул|відбувся|провел|провів|took place|was held|were held|held/i;
/**
 * Something said or decided at the event: an event named only in a locative phrase ("На засіданні …", "Під час
 * наради …", "During the meeting") is still one when its sentence reports words or a decision.
 */
const SAID_RE = /наголоси|зазначи|доповів|доповіла|доповіда|зазнача|повідоми|розпові|сказа|підкресли|заяви|поінформува|обговори|обговорюва|ухвали|погоди|вирішил|затверди|представи|презентува|поясни|відзначи|дода|розглянул|виступи|said|noted|stressed|emphasi[sz]ed|discussed|agreed|presented|announced|informed|explained|highlighted|approved|decided|adopted|told|added|met|visited|signed|opened|presented/i;

/** "На засіданні …", "Під час наради …", "в ході форуму", "в ефірі …", "During the meeting", "at the conference". */
function locative(x: Scanned, m: EventMention): boolean {
  const before = x.tokens.slice(Math.max(0, m.start - 3), m.start).map((t) => t.lower).join(' ');
  return /(?:^|\s)(?:на|у|в|під час|ході|рамках|during|at|in the course of|in|on)(?:\s+(?:the|his|her|their|its|this|a|an|своєї|свого|своєму|своїй))?$/.test(before);
}

/** Words said, a decision or an act reported in a past-tense sentence ("У засіданні інтереси громади представляв …"). */
function actsAt(x: Scanned): boolean {
  return SAID_RE.test(x.s.text) || x.tokens.some((t) => !t.cap && /(?:в|ла|ли|ло)$/.test(t.lower) && isFiniteVerb(t.lower));
}

/** An event name without leading ordinals and numerals, for matching a headline to the sentence below it. */
function eventKey(name: string): string {
  return name.toLowerCase().replace(/^(?:[ivxlcхі]+|перш\S*|друг\S*|трет\S*|четверт\S*|п'ят\S*|\d+\S*)\s+/u, '');
}

/** Content words of a name, cut to a crude stem, without the kind's own words. */
function contentStems(name: string, kind: string): Set<string> {
  const skip = new Set(kind.toLowerCase().split(' ').map((w) => w.slice(0, 5)));
  return new Set(name.toLowerCase().split(/[^\p{L}\p{N}'-]+/u)
    .filter((w) => w.length > 2 && !/^(?:the|and|with|for|від|для|щодо|між|про)$/.test(w))
    .map((w) => w.slice(0, 5)).filter((w) => !skip.has(w)));
}

function sameEvent(a: EventRec, m: EventMention): boolean {
  const ka = eventKey(a.name);
  const kb = eventKey(m.name);
  if (ka === kb || ka.startsWith(kb + ' ') || kb.startsWith(ka + ' ')) return true;
  // The same kind and most of the shorter name's words: "working visit to Zhytomyr oblast" and "visit of the
  // Ambassador … to Zhytomyr oblast", "засідання Правління АМУ" and "засідання Правління Асоціації …".
  if (a.kind.split(' ').pop() !== m.kind.split(' ').pop()) return false;
  const x = contentStems(a.name, a.kind);
  const y = contentStems(m.name, m.kind);
  const small = x.size <= y.size ? x : y;
  const large = small === x ? y : x;
  if (small.size === 0) return true;
  let common = 0;
  for (const w of small) if (large.has(w)) common++;
  return common / small.size >= 0.5;
}

/** A line without closing punctuation is a heading. */
function isHeadlineText(text: string): boolean {
  return !/[.!?:]\s*$/.test(text);
}

function isHeadline(e: EventRec, scanned: Scanned[]): boolean {
  const s = scanned.find((x) => x.s.index === e.first);
  return s ? isHeadlineText(s.s.text) : false;
}

/** The event's date in a sentence: a written day that is not a deadline ("до 25 грудня"), else a relative day
 * ("вчора", "on Tuesday"), else a written month ("у жовтні"). */
function sentenceDate(x: Scanned, publishedAt: string | null | undefined): Day | null {
  const written = x.dates.filter((d) => !/(?:^|\s)(?:до|by|until|till|since|від)\s*$/i.test(x.s.text.slice(Math.max(0, d.index - 8), d.index)));
  const day = written.find((d) => d.startDate.length === 10);
  if (day) return day;
  const rel = relativeDay(x.s.text, publishedAt);
  if (rel) return { startDate: rel, endDate: null };
  return written[0] ?? null;
}

type Day = { startDate: string; endDate: string | null };

/**
 * The day of an event its own sentence does not date: that of the event named beside or before it ("began with
 * a briefing", "Після огляду … відбувся брифінг"), the next one after "наступного дня"; with no event before, the
 * day of a lead sentence just above ("4 червня суд залишив …. У судовому засіданні …").
 */
function undatedDay(x: Scanned, prior: EventRec | null, scanned: Scanned[], dateOf: (y: Scanned) => Day | null): Day | null {
  if (prior) {
    if (prior.startDate?.length !== 10) return null;
    return NEXT_DAY_RE.test(x.s.text) ? { startDate: shiftDays(prior.startDate, 1), endDate: null } : { startDate: prior.startDate, endDate: prior.endDate };
  }
  for (const y of scanned) {
    if (y.s.index >= x.s.index) break;
    if (y.s.para < x.s.para - 2) continue;
    const d = dateOf(y);
    if (d?.startDate.length === 10) return d;
  }
  return null;
}

export interface EventsResult { events: EventRec[]; eventOf: Array<EventRec | null> }

export function buildEvents(scanned: Scanned[], publishedAt: string | null | undefined): EventsResult {
  const events: EventRec[] = [];
  const eventOf: Array<EventRec | null> = [];
  let current: EventRec | null = null;
  let currentPara = -1;
  // Each sentence's date, read once: an undated event looks back over the sentences before it.
  const dates = new Map<Scanned, Day | null>();
  const dateOf = (y: Scanned): Day | null => {
    let d = dates.get(y);
    if (d === undefined) dates.set(y, (d = sentenceDate(y, publishedAt)));
    return d;
  };
  for (const x of scanned) {
    const occurs = OCCURS_RE.test(x.s.text);
    const plan = PLAN_RE.test(x.s.text) && !PAST_RE.test(x.s.text);
    const date = dateOf(x);
    let here: EventRec | null = null;
    for (const m of x.events) {
      const bare = !m.qualified;
      if (m.future) continue;
      const existing = bare ? null : events.find((e) => sameEvent(e, m));
      if (existing) {
        here = existing;
        existing.mentions.add(x.s.index);
        const before = existing.name;
        // A headline names the event briefly; the sentence under it names it in full and dates it.
        if (isHeadline(existing, scanned) && !isHeadlineText(x.s.text)) {
          if (!m.byVerb || existing.name.length < m.name.length) existing.name = m.name;
          existing.first = x.s.index;
          if (date) { existing.startDate = date.startDate; existing.endDate = date.endDate; }
        } else if (m.name.length > existing.name.length && !isHeadlineText(x.s.text) && !m.byVerb) existing.name = m.name;
        if (!existing.startDate && date) { existing.startDate = date.startDate; existing.endDate = date.endDate; }
        // The other forms it was named by; a bare trigger word ("засідання") is a reference, not a name.
        if (before !== existing.name) existing.aliases.add(before);
        if (m.qualified && m.name !== existing.name) existing.aliases.add(m.name);
        continue;
      }
      if (bare && current) {
        here = current;
        current.mentions.add(x.s.index);
        // "the visit", "брифінг": the short form it is referred to by.
        if (m.name !== current.name && m.kind === current.kind) current.aliases.add(m.name);
        continue;
      }
      // "During the meeting, X stressed …" with no event named before: the meeting is still one.
      // So is a bare "форум" that a dated sentence says took place ("Вчора у Львові стартував форум"), and a bare
      // "засідання" that a sentence says took place, dated or not ("Відбулося засідання, на якому …").
      if (bare && !(locative(x, m) && actsAt(x) && !plan) && !((occurs && date) || PAST_RE.test(x.s.text)) || bare && plan) continue;
      // A new event is named only where something happens: a verb of occurring, a date, a chair, participants,
      // words said at it, or a verb that reports it; never where it is only planned.
      if (plan) continue;
      if (!occurs && !date && !CUE_RE.test(x.s.text) && !m.byVerb && !(locative(x, m) && actsAt(x))) continue;
      // "met with" inside a visit already reported is part of it, unless the sentence dates it on its own.
      if (m.byVerb && current && !date) continue;
      const day = date ?? undatedDay(x, here ?? current, scanned, dateOf);
      const place = x.places.find((p) => !x.orgs.some((o) => (x.tokens[o.start]?.start ?? 0) <= p.index && p.index < (x.tokens[o.end - 1]?.end ?? 0)));
      const rec: EventRec = {
        name: m.name,
        aliases: new Set(),
        kind: m.kind,
        startDate: day?.startDate ?? null,
        endDate: day?.endDate ?? null,
        location: place?.name ?? null,
        first: x.s.index,
        mentions: new Set([x.s.index]),
        placeSentence: place ? x.s.index : null,
      };
      events.push(rec);
      here = rec;
    }
    if (!here && current && x.tokens.some((t) => ANAPHORA_RE.test(t.text))) { here = current; current.mentions.add(x.s.index); }
    if (here) { current = here; currentPara = x.s.para; }
    // An event carries on through the sentences after it, until another event is named.
    eventOf.push(here ?? (current && x.s.para >= currentPara ? current : null));
  }
  return { events, eventOf };
}
