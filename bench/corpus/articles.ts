// Writes the synthetic articles: each reports an event (1-10 speakers, a chair, organisers, hromadas, reforms) or
// not, and mentions 3-30 actors; persons carry the position they held at the article's date. Deterministic.
import type { ArticleFacts, OrganizationFact, PersonFact, RelationFact } from '../../src/facts/schema.js';
import { EVENT_KINDS, REFORMS, TOPICS } from './names.js';
import { rng, type Rng } from './random.js';
import { FIRST_YEAR, LAST_YEAR, positionAt, type Org, type Person, type World } from './world.js';

interface EventSpec {
  name: string;
  kind: string;
  date: string;
  speakers: Person[];
  chair: Person | null;
  organisers: Org[];
  hromadas: Org[];
  reforms: string[];
  project: World['projects'][number] | null;
}

const DAYS = (LAST_YEAR - FIRST_YEAR + 1) * 365;

function dateOf(i: number, n: number, r: Rng): string {
  const day = Math.min(DAYS - 1, Math.floor((i / n) * DAYS) + r.int(0, 3));
  const d = new Date(Date.UTC(FIRST_YEAR, 0, 1) + day * 86_400_000);
  return d.toISOString().slice(0, 10);
}

/** Distinct items drawn by a sampler, at most `n` of them (bounded tries keep it deterministic and finite). */
function distinct<T>(n: number, draw: () => T): T[] {
  const out = new Set<T>();
  for (let tries = 0; out.size < n && tries < n * 4; tries++) out.add(draw());
  return [...out];
}

function newEvent(w: World, r: Rng, date: string, counter: number): EventSpec {
  const kind = r.pick(EVENT_KINDS);
  const speakers = distinct(r.int(1, 10), () => w.persons[w.personZipf.sample(r)]!);
  const organisers = distinct(r.int(1, 2), () => (r.chance(0.7) ? w.hubs[w.hubZipf.sample(r)]! : r.pick(w.administrations)));
  const reforms = distinct(r.int(1, 2), () => REFORMS[Math.min(REFORMS.length - 1, Math.floor(Math.pow(r.next(), 2) * REFORMS.length))]!);
  return {
    name: `${kind} «${r.pick(TOPICS)}» № ${counter}`,
    kind, date, speakers, organisers, reforms,
    chair: r.chance(0.6) ? (r.chance(0.5) ? speakers[0]! : w.persons[w.personZipf.sample(r)]!) : null,
    hromadas: distinct(r.int(0, 4), () => w.hromadas[w.hromadaZipf.sample(r)]!),
    project: r.chance(0.15) ? r.pick(w.projects) : null,
  };
}

const orgFact = (o: Org): OrganizationFact => ({ name: o.name, kind: o.kind, nameEn: o.nameEn, aliases: o.aliases, oblast: o.oblast });

/** The whole corpus, one article at a time (a generator, so 100k articles never sit in memory at once). */
export function* generateArticles(w: World, seed: number, n: number): Generator<ArticleFacts> {
  const r = rng(seed ^ 0x5eed);
  const recent: EventSpec[] = [];
  let counter = 0;
  for (let i = 0; i < n; i++) {
    const date = dateOf(i, n, r);
    const year = Number(date.slice(0, 4));
    let event: EventSpec | null = null;
    if (r.chance(0.85)) {
      if (recent.length && r.chance(0.25)) event = r.pick(recent);
      else {
        event = newEvent(w, r, date, ++counter);
        recent.push(event);
        if (recent.length > 50) recent.shift();
      }
    }
    const persons = new Map<string, Person>();
    const orgs = new Map<string, Org>();
    const sentences: string[] = [];
    const relations: RelationFact[] = [];
    const rel = (type: RelationFact['type'], from: string, to: string, evidence: string, quote?: string) =>
      relations.push({ type, from, to, evidence, quote: quote ?? null, title: null });

    if (event) {
      const e = event;
      for (const o of e.organisers) {
        orgs.set(o.name, o);
        const s = `${o.name} організувала захід «${e.name}».`;
        sentences.push(s);
        rel('ORGANISED', o.name, e.name, s);
      }
      for (const p of e.speakers) {
        persons.set(p.name, p);
        const quote = r.chance(0.5) ? `Громади мають отримати ресурси для розвитку, ${r.int(1, 99)} рішень уже ухвалено` : undefined;
        const s = quote ? `«${quote}», — сказав ${p.name} під час заходу «${e.name}».` : `${p.name} виступив на заході «${e.name}».`;
        sentences.push(s);
        rel('SPOKE_AT', p.name, e.name, s, quote);
      }
      if (e.chair) {
        persons.set(e.chair.name, e.chair);
        const s = `Головував на заході «${e.name}» ${e.chair.name}.`;
        sentences.push(s);
        rel('CHAIRED', e.chair.name, e.name, s);
      }
      for (const h of e.hromadas) {
        orgs.set(h.name, h);
        const s = `Участь у заході «${e.name}» взяла ${h.name}.`;
        sentences.push(s);
        rel('PARTICIPATED_IN', h.name, e.name, s);
      }
      for (const reform of e.reforms) {
        const s = `Захід «${e.name}» присвятили темі «${reform}».`;
        sentences.push(s);
        rel('ABOUT', e.name, reform, s);
      }
      if (e.project) {
        const p = e.project;
        orgs.set(p.funder.name, p.funder);
        orgs.set(p.implementer.name, p.implementer);
        const s = `${p.name} фінансує ${p.funder.name}, а впроваджує ${p.implementer.name}.`;
        sentences.push(s);
        rel('FUNDS', p.funder.name, p.name, s);
        rel('IMPLEMENTS', p.implementer.name, p.name, s);
      }
    }
    // More actors, up to 3-30 named in all: hubs, hromadas and persons.
    const target = Math.min(30, 3 + Math.floor(-Math.log(1 - r.next()) * 7));
    const extra: string[] = [];
    for (let tries = 0; persons.size + orgs.size < target && tries < 60; tries++) {
      const roll = r.next();
      if (roll < 0.3) {
        const o = w.hubs[w.hubZipf.sample(r)]!;
        if (!orgs.has(o.name)) { orgs.set(o.name, o); extra.push(o.name); }
      } else if (roll < 0.6) {
        const o = w.hromadas[w.hromadaZipf.sample(r)]!;
        if (!orgs.has(o.name)) { orgs.set(o.name, o); extra.push(o.name); }
      } else {
        const p = w.persons[w.personZipf.sample(r)]!;
        if (!persons.has(p.name)) { persons.set(p.name, p); extra.push(p.name); }
      }
    }
    if (extra.length) sentences.push(`Також про це говорили ${extra.join(', ')}.`);

    // Half of the persons are named with their position at the time: positions change over the years.
    const personFacts: PersonFact[] = [...persons.values()].map((p) => {
      if (!r.chance(0.5)) return { name: p.name, aliases: [], positions: [], nameVerified: true };
      const c = positionAt(p, year);
      orgs.set(c.org.name, c.org);
      sentences.push(`${p.name}, ${c.title} (${c.org.name}), прокоментував новини.`);
      return { name: p.name, aliases: [], positions: [{ title: c.title, organization: c.org.name }], nameVerified: true };
    });
    const title = event ? `${event.name}: підсумки` : `Новини громад ${date}`;
    yield {
      url: `https://hromady.example.org/news/${seed}/${i}`,
      title, publishedAt: date, source: 'Синтетичний корпус', lang: 'uk', body: sentences.join(' '), tags: [], related: [],
      persons: personFacts,
      organizations: [...orgs.values()].filter((o) => !event?.project || o.name !== event.project.name).map(orgFact),
      projects: event?.project ? [{ name: event.project.name, nameEn: null, aliases: [], funders: [], implementers: [] }] : [],
      events: event ? [{ name: event.name, aliases: [], kind: event.kind, startDate: event.date, endDate: null, location: null }] : [],
      relations,
      reforms: event?.reforms ?? [],
    };
  }
}
