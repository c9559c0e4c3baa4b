// Event relations read from sentences: who chaired, spoke, organised and took part, and what it was about.
import type { RelationFact } from '../facts/schema.js';
import { CONFIDENCE } from './confidence.js';
import type { EventRec } from './events.js';
import type { Scanned } from './scan.js';
import { findOrganisers, findSigners, representedBodies, type Agent } from './organisers.js';
import { attributeSpeech } from './attribution.js';
import { findChairs } from './chairs.js';
import type { PersonMention } from './persons.js';
import type { Token } from './tokens.js';

const PARTICIPATE_RE = /участ|долучил|приєднал|взяли|participat|joined|attended|took part|brought together|gathered|зібра[вл]/i;
/** Sentences in which bodies named by their representatives took part (or spoke). */
const ACTIVE_RE = /участ|долучил|приєднал|participat|joined|attended|took part|brought together|gathered|зібра[вл]|поділил|розповіл|наголосил|зазначил|презентувал|представил|shared|presented|said|noted|stressed|discussed|обговорил/i;
const TOPIC_RE = /тем\S* обговорення|обговорю|обговорил|обговорен|розглянул|розглядал|присвячен|discuss|considered|focused|dedicated|devoted/i;

/** Sentences that say a person took part (not organisations, whose rule is looser). */
const PERSON_PART_RE = /участ[іьюи]|долучил|приєднал|took part|participat|attended|were present|was present|represented by|представля[вл]|разом (?:з|із|зі) /i;
/**
 * A moderator of a panel or discussion within the event takes part in it ("Модерувала обговорення X", "Другу
 * панель модерував X", "The discussion was moderated by X"); the event's own moderator chairs it (chairs.ts).
 */
const PANEL_MODERATOR_RE = /(?:модерува|модератор)[^.;]{0,30}?(?:дискусі|панел|секці|обговоренн|сесі[юї] )|(?:дискусі|панел|секці|обговоренн)[^.;]{0,60}?модерува|moderat\S*[^.;]{0,20}?\b(?:discussions?|panels?|sessions?|debates?)\b|\b(?:discussions?|panels?|debates?)\b[^.;]{0,60}?moderated/i;
/** Events whose name names the people taking part ("візит Посла X до …", "meeting of X with Y"). */
const NAMED_PARTY_KIND_RE = /^(?:візит|робочий візит|зустріч|робоча зустріч|брифінг|спільний брифінг|підписання|visit|meeting|briefing|signing)/;

/** Kinds of body whose own meeting an event named after it is. */
const OWNER_KIND_RE = /COUNCIL|GOVERNMENT_BODY|MINISTRY|ASSOCIATION|COURT|LOCAL_ADMINISTRATION/;

type Rel = RelationFact;

// The page's trailer (related news, tags, source) is split off by the readers (src/ingest/readers/trailer.ts).
export function eventRelations(scanned: Scanned[], eventOf: Array<EventRec | null>, events: EventRec[],
  personName: (p: PersonMention) => string): Rel[] {
  personName = byCourtesyTitle(scanned, personName);
  const out: Rel[] = [];
  const add = (r: Rel): void => {
    if (!out.some((o) => o.type === r.type && o.from === r.from && o.to === r.to)) out.push(r);
    else if (r.quote) {
      const prev = out.find((o) => o.type === r.type && o.from === r.from && o.to === r.to);
      if (prev && !prev.quote) prev.quote = r.quote;
    }
  };
  // Speakers: named here or referred to (pronoun, title, surname); the event is the one the words were spoken at.
  for (const sp of attributeSpeech(scanned, personName)) {
    // A lead that quotes first and names the event in the next sentence ("… Про це йшлося на засіданні …").
    const ahead = [sp.at + 1, sp.at + 2].map((i) => eventOf[i]).find((e, j) => e && e.mentions.has(scanned[sp.at + 1 + j]?.s.index ?? -1));
    let ev = eventOf[sp.at] ?? eventOf[sp.named] ?? ahead;
    // "X зазначила, що звернення розглянуть на найближчому засіданні …": an event first named inside the reported
    // words is what was spoken about; the words were spoken at the event the article was already reporting.
    const at = scanned[sp.at];
    const before = sp.at > 0 ? eventOf[sp.at - 1] : null;
    if (ev && at && before && ev !== before && ev.first === at.s.index && inReportedClause(at)) ev = before;
    const named = scanned[sp.named];
    // Parties' comments on a court hearing are not speeches at it.
    if (!ev || !named || ev.kind === 'судове засідання') continue;
    const mentions = ev.mentions.has(named.s.index) || ev.mentions.has(scanned[sp.at]?.s.index ?? -1);
    add({ type: 'SPOKE_AT', from: personName(sp.person), to: ev.name, evidence: named.s.text, quote: sp.quote, confidence: mentions ? CONFIDENCE.speechAtEvent : CONFIDENCE.speechCarried });
  }
  scanned.forEach((x, idx) => {
    const ev = eventOf[idx];
    const evidence = x.s.text;
    const text = x.s.text;
    const mentionsEvent = ev ? ev.mentions.has(x.s.index) : false;
    // Chairs.
    if (ev) for (const p of findChairs(text, x.tokens, x.persons)) add({ type: 'CHAIRED', from: personName(p), to: ev.name, evidence, confidence: CONFIDENCE.chairPhrase });
    if (!ev) return;
    // Organisers.
    const organisers = new Set<string>();
    const declared = events.find((e) => e.first === x.s.index);
    for (const m of x.events) {
      if (!declared || !/засідання|сесія|нарада|президі|колегі|правлінн/.test(m.kind)) continue;
      // The body whose meeting it is: the outermost body named inside the event's name (a regional branch, not
      // the association it belongs to), else the one the event finder read.
      const inside = x.orgs.find((o) => o.start >= m.start && o.end <= m.end && OWNER_KIND_RE.test(o.kind));
      const owner = inside ?? (m.ownerOrg && OWNER_KIND_RE.test(m.ownerOrg.kind) ? m.ownerOrg : null);
      if (owner) organisers.add(owner.name);
    }
    // "У Полтавській ОВА відбулася нарада", "was held at the Sumy Oblast State Administration": the host body
    // of an internal meeting organises it.
    if (declared && x.events.some((m) => /нарада|засідання|колегі|meeting/.test(m.kind))) {
      for (const o of x.orgs) {
        const prep = x.tokens[o.start - 1]?.lower === 'the' ? x.tokens[o.start - 2]?.lower : x.tokens[o.start - 1]?.lower;
        if (/^(?:в|у|at|in)$/.test(prep ?? '') && /LOCAL_ADMINISTRATION|MINISTRY|GOVERNMENT_BODY|COUNCIL/.test(o.kind)) organisers.add(o.name);
      }
    }
    x.tokens.forEach((t, k) => {
      if (/^ініціативи$/i.test(t.text) && x.tokens[k - 1]?.lower === 'з') {
        const o = x.orgs.find((g) => g.start === k + 1);
        if (o) organisers.add(o.name);
      }
    });
    // "X спільно з Y провели круглий стіл", "organised by X and Y": bodies and programmes; territories host, not organise.
    const agents: Agent[] = [
      ...x.orgs.filter((o) => o.kind !== 'OBLAST' && o.kind !== 'HROMADA'),
      ...x.projects.map((p) => ({ name: p.name, start: p.start, end: p.end, project: true })),
    ];
    const here = x.events.find((m) => m.qualified) ?? x.events[0];
    for (const o of findOrganisers(x.tokens, agents, here ? here.start : -1)) organisers.add(o);
    // "It was organised by …": a sentence opening with a pronoun speaks of the event before it.
    const refersBack = /^(?:It|This|The event|Захід|Його|Її)\b/.test(text.trim());
    if (mentionsEvent || declared || refersBack) for (const o of organisers) add({ type: 'ORGANISED', from: o, to: ev.name, evidence, confidence: CONFIDENCE.organiser });
    // A court hearing's parties (claimant, defendant) take part in it.
    if (declared && declared.kind === 'судове засідання' && declared.first === x.s.index) {
      for (const o of x.orgs) {
        if (!organisers.has(o.name) && o.kind !== 'COURT' && o.kind !== 'OBLAST' && o.kind !== 'HROMADA') add({ type: 'PARTICIPATED_IN', from: o.name, to: ev.name, evidence, confidence: CONFIDENCE.participant });
      }
    }
    // Participants: organisations in a sentence about taking part.
    const plain = withoutNames(x);
    if (PARTICIPATE_RE.test(plain) && (mentionsEvent || /взяли участь|participation|participated|took part/i.test(plain))) {
      for (const o of [...x.orgs, ...x.projects.map((p) => ({ ...p, kind: 'PROJECT' }))]) {
        // Territories are where participants come from, not participants.
        if (organisers.has(o.name) || o.kind === 'OBLAST' || o.kind === 'HROMADA') continue;
        // The body in a participant's title ("заступниця голови Волинської ОВА X") is the person's, not a participant.
        if (inTitle(x, o) || qualifiesProject(x, o)) continue;
        if (out.some((r) => r.type === 'ORGANISED' && r.from === o.name && r.to === ev.name)) continue;
        add({ type: 'PARTICIPATED_IN', from: o.name, to: ev.name, evidence, confidence: CONFIDENCE.participant });
      }
    }
    // Bodies that signed the event's document, and bodies whose representatives took part or spoke.
    const parties = new Set(findSigners(x.tokens, agents));
    const bodies = agents.filter((a) => !inTitle(x, a) && !qualifiesProject(x, a));
    if (ACTIVE_RE.test(plain)) for (const n of representedBodies(x.tokens, bodies)) parties.add(n);
    for (const n of parties) {
      if (organisers.has(n) || out.some((r) => r.type === 'ORGANISED' && r.from === n && r.to === ev.name)) continue;
      add({ type: 'PARTICIPATED_IN', from: n, to: ev.name, evidence, confidence: CONFIDENCE.participant });
    }
    // Topics: reforms in sentences that name the event, discuss a topic, or quote a speaker at it.
    const spoke = out.some((r) => r.type === 'SPOKE_AT' && r.evidence === evidence);
    if (mentionsEvent || TOPIC_RE.test(text) || spoke || /[«“]/.test(text) && idx > 0 && /:\s*$/.test(scanned[idx - 1]?.s.text ?? '')) {
      for (const r of x.reforms) add({ type: 'ABOUT', from: ev.name, to: r, evidence, confidence: CONFIDENCE.topic });
    }
  });
  // People who took part: named in a sentence about taking part, or in the name of a visit, meeting or signing;
  // speakers and chairs of the event are not repeated as participants.
  const active = new Set(out.filter((r) => r.type === 'SPOKE_AT' || r.type === 'CHAIRED').map((r) => `${r.from}|${r.to}`));
  scanned.forEach((x, idx) => {
    const ev = eventOf[idx];
    if (!ev || ev.kind === 'судове засідання' && !/представля/.test(x.s.text)) return;
    const sentenceSays = PERSON_PART_RE.test(x.s.text) || PANEL_MODERATOR_RE.test(x.s.text);
    const named = x.events.filter((m) => m.qualified && NAMED_PARTY_KIND_RE.test(m.kind) && ev.first === x.s.index);
    for (const p of x.persons) {
      const inName = named.some((m) => m.start <= p.start && p.end <= m.end);
      if (!sentenceSays && !inName) continue;
      const from = personName(p);
      if (active.has(`${from}|${ev.name}`)) continue;
      add({ type: 'PARTICIPATED_IN', from, to: ev.name, evidence: x.s.text, confidence: CONFIDENCE.participant });
    }
    // The parties a signing names ("підписання меморандуму між X та Y") take part in it.
    for (const m of x.events) {
      if (!m.qualified || !/^(?:підписання|signing)/.test(m.kind) || ev.first !== x.s.index) continue;
      // Only the parties after "між/between": "the agreement to continue the … project" names what is signed.
      const between = x.tokens.findIndex((t, k) => k >= m.start && k < m.end && /^(?:між|between)$/i.test(t.text));
      if (between < 0) continue;
      for (const o of [...x.orgs, ...x.projects.map((p) => ({ ...p, kind: 'PROJECT' }))]) {
        if (o.start < between || o.end > m.end || o.kind === 'OBLAST' || o.kind === 'HROMADA' || qualifiesProject(x, o)) continue;
        if (out.some((r) => r.type === 'ORGANISED' && r.from === o.name && r.to === ev.name)) continue;
        add({ type: 'PARTICIPATED_IN', from: o.name, to: ev.name, evidence: x.s.text, confidence: CONFIDENCE.participant });
      }
    }
  });
  return out;
}

const COURTESY_RE = /^(?:пані|пан|пана|панові|паном|mr|ms|mrs|dr)\.?\s+/i;

/** "Пані Вендт", "Mr Novak": a courtesy title and a surname name the person named in full with that surname. */
function byCourtesyTitle(all: Scanned[], personName: (p: PersonMention) => string): (p: PersonMention) => string {
  const full = [...new Set(all.flatMap((x) => x.persons.map(personName)))].filter((n) => !COURTESY_RE.test(n) && n.includes(' '));
  return (p) => {
    const n = personName(p);
    if (!COURTESY_RE.test(n)) return n;
    // Compare surnames by their stem: "пана Коваленка" and "Коваленко".
    const key = (w: string): string => w.toLowerCase().slice(0, Math.max(3, Math.min(w.length - 1, 6)));
    const surname = key(n.replace(COURTESY_RE, '').split(/\s+/).pop() ?? '');
    const hits = full.filter((f) => key(f.split(/\s+/).pop() ?? '') === surname);
    return hits.length === 1 && hits[0] ? hits[0] : n;
  };
}

/** Whether every event a sentence names stands after its "що/that" (in the words reported, not as their setting). */
function inReportedClause(x: Scanned): boolean {
  const that = x.tokens.findIndex((t) => /^(?:що|that)$/i.test(t.text));
  return that > 0 && x.events.length > 0 && x.events.every((m) => m.start > that);
}

/** Whether an organisation is named in a person's title: just before the name, or in an apposition after it. */
function inTitle(x: Scanned, o: { start: number; end: number }): boolean {
  const between = (a: number, b: number): Token[] => x.tokens.slice(a, b);
  return x.persons.some((p) => p.start >= o.end && p.start - o.end <= 4 && !between(o.end, p.start).some((t) => /^(?:[.;:()]|та|і|й|and)$/.test(t.text))
    || x.tokens[p.end]?.text === ',' && o.start > p.end && o.start - p.end <= 8 && !between(p.end + 1, o.start).some((t) => /^[.;:,]$/.test(t.text)));
}

/** Whether an organisation only qualifies a programme named with it ("USAID DOBRE Programme", "Програми USAID «ГОВЕРЛА»"). */
function qualifiesProject(x: Scanned, o: { start: number; end: number; kind?: string }): boolean {
  if (o.kind === 'PROJECT' || x.projects.some((p) => p.start === o.start && p.end === o.end)) return false;
  return x.projects.some((p) => o.end === p.start || o.start === p.end || p.start <= o.start && o.end <= p.end || o.end + 1 === p.start && x.tokens[o.end]?.text !== ',');
}

/** The sentence with the names of bodies and programmes blanked ("Participation Programme" says nothing). */
function withoutNames(x: Scanned): string {
  let out = x.s.text;
  for (const m of [...x.orgs, ...x.projects].sort((a, b) => b.start - a.start)) {
    const a = x.tokens[m.start]?.start ?? 0;
    const b = x.tokens[m.end - 1]?.end ?? a;
    out = out.slice(0, a) + ' '.repeat(Math.max(0, b - a)) + out.slice(b);
  }
  return out;
}
