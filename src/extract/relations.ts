// Event relations read from sentences: who chaired, spoke, organised and took part, and what it was about.
import type { RelationFact } from '../facts/schema.js';
import type { EventRec } from './events.js';
import type { Scanned } from './scan.js';
import { findOrganisers, type Agent } from './organisers.js';
import { findSpeech } from './speech.js';
import type { PersonMention } from './persons.js';

const CHAIR_RE = /під\s+головуванням|головува|under\s+the\s+chairmanship|chaired\s+by|presided/i;
const PARTICIPATE_RE = /участ|долучил|приєднал|взяли|participat|joined|attended|took part/i;
const TOPIC_RE = /тем\S* обговорення|обговорю|обговорил|обговорен|розглянул|розглядал|присвячен|discuss|considered|focused|dedicated|devoted/i;

type Rel = RelationFact;

export function eventRelations(scanned: Scanned[], eventOf: Array<EventRec | null>, events: EventRec[],
  personName: (p: PersonMention) => string): Rel[] {
  const out: Rel[] = [];
  const add = (r: Rel): void => {
    if (!out.some((o) => o.type === r.type && o.from === r.from && o.to === r.to)) out.push(r);
    else if (r.quote) {
      const prev = out.find((o) => o.type === r.type && o.from === r.from && o.to === r.to);
      if (prev && !prev.quote) prev.quote = r.quote;
    }
  };
  scanned.forEach((x, idx) => {
    const ev = eventOf[idx];
    const evidence = x.s.text;
    const text = x.s.text;
    const mentionsEvent = ev ? ev.mentions.has(x.s.index) : false;
    // Chairs: the people named after the chair phrase.
    const chair = CHAIR_RE.exec(text);
    if (ev && chair) {
      for (const p of x.persons) {
        if ((x.tokens[p.start]?.start ?? 0) >= chair.index) add({ type: 'CHAIRED', from: personName(p), to: ev.name, evidence });
      }
    }
    // Speakers.
    if (ev) {
      const next = scanned[idx + 1]?.s.text ?? null;
      for (const sp of findSpeech(text, x.tokens, x.persons, next)) {
        add({ type: 'SPOKE_AT', from: personName(sp.person), to: ev.name, evidence, quote: sp.quote });
      }
    }
    if (!ev) return;
    // Organisers.
    const organisers = new Set<string>();
    const declared = events.find((e) => e.first === x.s.index);
    for (const m of x.events) {
      if (m.ownerOrg && declared && /засідання|сесія|нарада/.test(m.kind) && /COUNCIL|GOVERNMENT_BODY|MINISTRY|ASSOCIATION|COURT/.test(m.ownerOrg.kind)) {
        organisers.add(m.ownerOrg.name);
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
      ...x.projects.map((p) => ({ name: p.name, start: p.start, end: p.end })),
    ];
    const here = x.events.find((m) => m.qualified) ?? x.events[0];
    for (const o of findOrganisers(x.tokens, agents, here ? here.start : -1)) organisers.add(o);
    // "It was organised by …": a sentence opening with a pronoun speaks of the event before it.
    const refersBack = /^(?:It|This|The event|Захід|Його|Її)\b/.test(text.trim());
    if (mentionsEvent || declared || refersBack) for (const o of organisers) add({ type: 'ORGANISED', from: o, to: ev.name, evidence });
    // A court hearing's parties (claimant, defendant) take part in it.
    if (declared && declared.kind === 'судове засідання' && declared.first === x.s.index) {
      for (const o of x.orgs) {
        if (!organisers.has(o.name) && o.kind !== 'COURT' && o.kind !== 'OBLAST' && o.kind !== 'HROMADA') add({ type: 'PARTICIPATED_IN', from: o.name, to: ev.name, evidence });
      }
    }
    // Participants: organisations in a sentence about taking part.
    if (PARTICIPATE_RE.test(text) && (mentionsEvent || /взяли участь|participation|participated|took part/i.test(text))) {
      for (const o of x.orgs) {
        // Territories are where participants come from, not participants.
        if (organisers.has(o.name) || o.kind === 'OBLAST' || o.kind === 'HROMADA') continue;
        if (out.some((r) => r.type === 'ORGANISED' && r.from === o.name && r.to === ev.name)) continue;
        add({ type: 'PARTICIPATED_IN', from: o.name, to: ev.name, evidence });
      }
    }
    // Topics: reforms in sentences that name the event, discuss a topic, or quote a speaker at it.
    const spoke = out.some((r) => r.type === 'SPOKE_AT' && r.evidence === evidence);
    if (mentionsEvent || TOPIC_RE.test(text) || spoke || /[«“]/.test(text) && idx > 0 && /:\s*$/.test(scanned[idx - 1]?.s.text ?? '')) {
      for (const r of x.reforms) add({ type: 'ABOUT', from: ev.name, to: r, evidence });
    }
  });
  return out;
}
