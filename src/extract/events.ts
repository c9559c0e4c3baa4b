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
const OCCURS_RE = /відбул|відбудеться|відбувся|відбуваєт|проход|провел|проводить|проведе|проведено|організува|стартува|розпочал|пройш|зібрал|запрошує|оголошує|was held|took place|will be held|will take place|is held|hosted|organi[sz]ed|held/i;

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
      const existing = events.find((e) => e.name === m.name);
      if (existing) { here = existing; existing.mentions.add(x.s.index); continue; }
      if (bare && current) { here = current; current.mentions.add(x.s.index); continue; }
      if (bare && !occurs && x.dates.length === 0) continue;
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
