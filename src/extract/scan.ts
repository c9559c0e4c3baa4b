// Reads every sentence of a body once: tokens, organisations, people, events, places, dates, projects, reforms.
import { findDates, type DateMention } from './dates.js';
import { findEventMentions, type EventMention } from './event-names.js';
import { impliedEvents } from './implied-events.js';
import { findOrgMentions, type OrgMention } from './orgs.js';
import { findPersons, findSurnameMentions, type PersonMention } from './persons.js';
import { findPlaces, type PlaceMention } from './places.js';
import { findProjects, type ProjectMention } from './projects.js';
import { findReforms } from './reforms.js';
import { splitSentences, type Sentence } from './sentences.js';
import { tokenise, type Token } from './tokens.js';

export interface Scanned {
  s: Sentence;
  tokens: Token[];
  orgs: OrgMention[];
  /** Parents named inside other organisations' names: listed, but not actors of the sentence. */
  parents: OrgMention[];
  persons: PersonMention[];
  events: EventMention[];
  places: PlaceMention[];
  dates: DateMention[];
  projects: ProjectMention[];
  reforms: string[];
}

function mask(tokens: Token[], spans: ReadonlyArray<{ start: number; end: number }>): boolean[] {
  const taken = new Array<boolean>(tokens.length).fill(false);
  for (const m of spans) for (let k = m.start; k < m.end; k++) taken[k] = true;
  return taken;
}

/** The sentence with organisation names blanked, so that their words do not read as reforms or events. */
function withoutOrgs(text: string, tokens: Token[], orgs: OrgMention[]): string {
  let out = text;
  for (const o of [...orgs].reverse()) {
    const a = tokens[o.start]?.start ?? 0;
    const b = tokens[o.end - 1]?.end ?? a;
    out = out.slice(0, a) + ' '.repeat(b - a) + out.slice(b);
  }
  return out;
}

export function scanBody(body: string, lang: 'uk' | 'en', year: number | null): Scanned[] {
  const out: Scanned[] = splitSentences(body).map((s) => {
    const tokens = tokenise(s.text);
    const all = findOrgMentions(tokens, s.text, s.index);
    const orgs = all.filter((m) => !m.nested);
    const parents = all.filter((m) => m.nested);
    const persons = findPersons(tokens, s.text, s.index, mask(tokens, orgs));
    const projects = findProjects(tokens, s.text, s.index, orgs, lang);
    const named = findEventMentions(tokens, orgs, lang).filter((e) => !projects.some((p) => (e.head ?? e.start) >= p.start && (e.head ?? e.start) < p.end));
    const dates = findDates(s.text, year);
    // A dated decision of a committee or ruling of a court implies its meeting or hearing, when none is named.
    const events = named.length === 0 && dates.length > 0 && lang === 'uk' ? impliedEvents(tokens, orgs) : named;
    return {
      s, tokens, orgs, parents, persons, events, projects, dates,
      places: findPlaces(s.text),
      reforms: findReforms(withoutOrgs(s.text, tokens, orgs)),
    };
  });
  // Second pass: bare surnames of people already named in full ("за словами Соколовської").
  const known = [...new Set(out.flatMap((x) => x.persons.map((p) => p.name)))];
  if (known.length) {
    for (const x of out) {
      const taken = mask(x.tokens, [...x.orgs, ...x.persons]);
      x.persons.push(...findSurnameMentions(x.tokens, x.s.text, x.s.index, taken, known));
      x.persons.sort((a, b) => a.start - b.start);
    }
  }
  return out;
}
