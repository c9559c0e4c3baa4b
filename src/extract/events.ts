// Article-level events: which mention names a new event and which refers back, each sentence's event, and the
// event's date and place.
import { ANAPHORA_RE } from './event-names.js';
import type { Scanned } from './scan.js';

export interface EventRec {
  name: string;
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
const OCCURS_RE = /відбул|відбудеться|відбувся|відбуваєт|проход|провел|проводить|проведе|проведено|організува|стартува|розпочал|пройш|зібрал|запрошує|оголошує|was held|took place|will be held|will take place|is held|hosted|organi[sz]ed|held/i;

/** An event name without leading ordinals and numerals, for matching a headline to the sentence below it. */
function eventKey(name: string): string {
  return name.toLowerCase().replace(/^(?:[ivxlcхі]+|перш\S*|друг\S*|трет\S*|четверт\S*|п'ят\S*|\d+\S*)\s+/u, '');
}

function sameEvent(a: string, b: string): boolean {
  const ka = eventKey(a);
  const kb = eventKey(b);
  return ka === kb || ka.startsWith(kb + ' ') || kb.startsWith(ka + ' ') || ka.startsWith(kb + ' «') || kb.startsWith(ka + ' «');
}

/** A line without closing punctuation is a heading. */
function isHeadlineText(text: string): boolean {
  return !/[.!?:]\s*$/.test(text);
}

function isHeadline(e: EventRec, scanned: Scanned[]): boolean {
  const s = scanned.find((x) => x.s.index === e.first);
  return s ? isHeadlineText(s.s.text) : false;
}

export interface EventsResult { events: EventRec[]; eventOf: Array<EventRec | null> }

export function buildEvents(scanned: Scanned[], publishedAt: string | null | undefined): EventsResult {
  const events: EventRec[] = [];
  const eventOf: Array<EventRec | null> = [];
  let current: EventRec | null = null;
  let currentPara = -1;
  for (const x of scanned) {
    const occurs = OCCURS_RE.test(x.s.text);
    let here: EventRec | null = null;
    for (const m of x.events) {
      const bare = !m.qualified;
      const existing = events.find((e) => sameEvent(e.name, m.name));
      if (existing) {
        here = existing;
        existing.mentions.add(x.s.index);
        // A headline names the event briefly; the sentence under it names it in full and dates it.
        if (isHeadline(existing, scanned) && !isHeadlineText(x.s.text)) {
          existing.name = m.name;
          existing.first = x.s.index;
          if (x.dates[0]) { existing.startDate = x.dates[0].startDate; existing.endDate = x.dates[0].endDate; }
        } else if (m.name.length > existing.name.length && !isHeadlineText(x.s.text)) existing.name = m.name;
        continue;
      }
      if (bare && current) { here = current; current.mentions.add(x.s.index); continue; }
      // A new event is named only where something happens: a verb of occurring, a date, a chair, participants.
      if (!occurs && x.dates.length === 0 && !CUE_RE.test(x.s.text)) continue;
      const date = x.dates[0];
      const place = x.places.find((p) => !x.orgs.some((o) => (x.tokens[o.start]?.start ?? 0) <= p.index && p.index < (x.tokens[o.end - 1]?.end ?? 0)));
      const rec: EventRec = {
        name: m.name,
        kind: m.kind,
        startDate: date?.startDate ?? (publishedAt ? publishedAt.slice(0, 4) : null),
        endDate: date?.endDate ?? null,
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
