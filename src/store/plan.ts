// Turns one article's facts into a write plan: nodes and relationships with stable ids, search terms and evidence.
import type { ActorKind, ArticleFacts, RelationFact } from '../facts/schema.js';
import { CONFIDENCE } from '../extract/confidence.js';
import { knownOrgByName } from '../extract/gazetteer.js';
import { searchFold } from '../extract/normalise.js';
import { eventNodeId } from './event-identity.js';
import { articleId, dateBounds, hash, kindLabels, reformId } from './ids.js';
import { identify } from './identity.js';
import { reformNameEn } from './reforms.js';
import { findSentence, splitSentences } from './sentences.js';
import { searchTerms, searchText } from './search-terms.js';

export type Provenance = 'curated' | 'extracted';

export interface ActorPlan {
  id: string;
  kind: ActorKind;
  labels: string[];
  name: string;
  nameEn: string | null;
  aliases: string[];
  nameKey: string;
  searchTerms: string[];
  searchText: string;
  /** For hromadas: the oblast named with it, to resolve the KATOTTG node. */
  oblast: string | null;
  /** Keys of names only this actor has (an authority entry's former names, abbreviations): a node under one is it. */
  altKeys: string[];
  /** Persons: the key their Latin and Cyrillic spellings share. */
  latinKey: string | null;
  /** False for a person whose Ukrainian name was only transliterated back from Latin. */
  nameVerified: boolean;
  /** The authority entry (data/authority/) the actor is, or null. */
  authorityId: string | null;
  /** Authority entries the name fits that the article's date does not tell apart: the actor stays the article's. */
  candidates: string[];
}

export interface EventPlan {
  id: string;
  name: string;
  kind: string | null;
  startDate: string | null;
  endDate: string | null;
  location: string | null;
  dateMin: string | null;
  dateMax: string | null;
  searchText: string;
}

export interface ArticlePlan {
  id: string;
  url: string | null;
  title: string | null;
  publishedAt: string | null;
  source: string | null;
  lang: string;
  body: string;
  tags: string[];
  contentHash: string;
  searchText: string;
}

export interface RelationPlan {
  type: string;
  fromId: string;
  toId: string;
  /** Distinguishes parallel relationships of one type (a position's title); '' otherwise. */
  key: string;
  sentence: string;
  quote: string | null;
  /** 0-1: the rule's (extracted facts) or 1 (curated facts). */
  confidence: number;
}

export interface WritePlan {
  article: ArticlePlan;
  /** Hash of the facts, so that re-ingesting an unchanged article is detected and skipped. */
  factsHash: string;
  provenance: Provenance;
  actors: ActorPlan[];
  events: EventPlan[];
  reforms: { id: string; name: string; nameEn: string | null }[];
  relations: RelationPlan[];
  related: { id: string; title: string; publishedAt: string | null; teaser: string | null }[];
  /** Facts that could not be placed (a relation naming nothing known), with the reason. */
  warnings: string[];
}

function uniq(xs: (string | null | undefined)[]): string[] {
  return [...new Set(xs.filter((x): x is string => !!x && x.trim().length > 0).map((x) => x.trim()))];
}

export function planArticle(facts: ArticleFacts, provenance: Provenance): WritePlan {
  const body = facts.body ?? '';
  const id = articleId(facts.url, facts.title, body);
  const sentences = splitSentences(body);
  const folded = sentences.map(searchFold);
  const warnings: string[] = [];
  const byName = new Map<string, { id: string; forms: string[] }>();
  const remember = (entityId: string, names: string[]) => {
    for (const n of names) byName.set(searchFold(n), { id: entityId, forms: names });
  };

  const actors = new Map<string, ActorPlan>();
  const addActor = (kind: ActorKind, factName: string, factNameEn: string | null | undefined, aliases: string[], oblast?: string | null, nameVerified = true, known: readonly string[] = []) => {
    // Who the actor is comes from the article's own names; the gazetteer's other names only help search find it.
    const who = identify({ kind, name: factName, nameEn: factNameEn, aliases, date: facts.publishedAt ?? null, nameVerified });
    if (!who.authorityId) who.aliases = uniq([...who.aliases, ...known]).filter((a) => a !== who.name);
    // A name several authority entries share, the date not deciding: the article's own node, for a person to settle.
    const aid = who.candidates.length > 0 ? `${who.id}--a-${id.slice('article:'.length, 'article:'.length + 8)}` : who.id;
    const prev = actors.get(aid);
    const { name, nameEn } = who;
    const allAliases = uniq([...(prev?.aliases ?? []), ...who.aliases]).filter((a) => a !== name);
    const terms = searchTerms(who.kind, name, nameEn, allAliases);
    const plan: ActorPlan = {
      id: aid, kind: who.kind, labels: kindLabels(who.kind), name, nameEn: nameEn ?? prev?.nameEn ?? null, aliases: allAliases,
      nameKey: who.nameKey, searchTerms: terms, searchText: searchText(terms), oblast: oblast ?? prev?.oblast ?? null,
      altKeys: who.altKeys, latinKey: who.latinKey, nameVerified: who.nameVerified && (prev?.nameVerified ?? true),
      authorityId: who.authorityId, candidates: who.candidates,
    };
    actors.set(aid, plan);
    remember(aid, [factName, name, ...(factNameEn ? [factNameEn] : []), ...(nameEn ? [nameEn] : []), ...allAliases]);
    return aid;
  };

  // A known institution brings its abbreviations and English names (Мінцифри, AUC) even when the article has none:
  // a search for them must find it.
  for (const o of facts.organizations) addActor(o.kind, o.name, o.nameEn, o.aliases, o.oblast, true, knownOrgByName(o.name)?.aliases ?? []);
  for (const p of facts.projects) addActor('PROJECT', p.name, p.nameEn, p.aliases);
  for (const p of facts.persons) addActor('PERSON', p.name, p.nameEn, p.aliases, null, p.nameVerified);

  const organiserOf = (event: string): string | null =>
    facts.relations.find((r) => r.type === 'ORGANISED' && searchFold(r.to) === searchFold(event))?.from ?? null;
  const events: EventPlan[] = facts.events.map((e) => {
    const eid = eventNodeId({ name: e.name, startDate: e.startDate, location: e.location, organiser: organiserOf(e.name) }, id);
    remember(eid, [e.name]);
    // An event the article does not date happened by the article's date at the latest: that date is its bound.
    const bounds = e.startDate ? dateBounds(e.startDate, e.endDate) : dateBounds(facts.publishedAt, null);
    return {
      id: eid, name: e.name, kind: e.kind ?? null, startDate: e.startDate ?? null, endDate: e.endDate ?? null,
      location: e.location ?? null, ...bounds, searchText: searchFold([e.name, ...e.aliases].join(' ')),
    };
  });

  // An event's other forms name it only where no entity has them as its name ("засідання" may be two events').
  facts.events.forEach((e, i) => {
    for (const a of e.aliases) if (!byName.has(searchFold(a))) byName.set(searchFold(a), { id: events[i]!.id, forms: [e.name, ...e.aliases] });
  });

  const reforms = uniq(facts.reforms).map((name) => ({ id: reformId(name), name, nameEn: reformNameEn(name) }));
  for (const r of reforms) remember(r.id, [r.name]);

  const relations: RelationPlan[] = [];
  const rated = (c: number | null | undefined, fallback: number): number => (provenance === 'curated' ? 1 : c ?? fallback);
  const lookup = (name: string) => byName.get(searchFold(name))?.id;
  const addRelation = (r: RelationFact) => {
    const fromId = lookup(r.from);
    let toId = lookup(r.to);
    if (!toId && r.type === 'ABOUT') {
      // An ABOUT may name a reform not listed in `reforms`: the relation itself is evidence enough.
      const reform = { id: reformId(r.to), name: r.to, nameEn: reformNameEn(r.to) };
      if (!reforms.some((x) => x.id === reform.id)) reforms.push(reform);
      remember(reform.id, [reform.name]);
      toId = reform.id;
    }
    if (!fromId || !toId) {
      warnings.push(`${r.type} ${r.from} -> ${r.to}: ${!fromId ? `"${r.from}"` : `"${r.to}"`} is not among the article's entities`);
      return;
    }
    const key = r.type === 'HOLDS_POSITION' ? (r.title ?? '') : '';
    relations.push({ type: r.type, fromId, toId, key, sentence: r.evidence, quote: r.quote ?? null, confidence: rated(r.confidence, CONFIDENCE.unrated) });
  };
  facts.relations.forEach(addRelation);
  // Persons' positions are relations too; listed without evidence, they borrow the sentence naming the person.
  for (const p of facts.persons) {
    for (const pos of p.positions) {
      const pid = lookup(p.name);
      const oid = lookup(pos.organization);
      if (!pid || !oid) continue;
      if (relations.some((r) => r.type === 'HOLDS_POSITION' && r.fromId === pid && r.toId === oid && r.key === pos.title)) continue;
      const sentence = findSentence(sentences, folded, [p.name, ...p.aliases]) ?? facts.title ?? '';
      if (sentence) relations.push({ type: 'HOLDS_POSITION', fromId: pid, toId: oid, key: pos.title, sentence, quote: null, confidence: rated(null, CONFIDENCE.unrated) });
    }
  }

  // Every entity the article names is mentioned by it, with the first sentence naming it.
  const evidenceFor = (entityId: string) => relations.find((r) => r.fromId === entityId || r.toId === entityId)?.sentence;
  for (const a of actors.values()) {
    const sentence = findSentence(sentences, folded, [a.name, ...a.aliases]) ?? evidenceFor(a.id) ?? facts.title;
    if (sentence) relations.push({ type: 'MENTIONS', fromId: id, toId: a.id, key: '', sentence, quote: null, confidence: rated(null, CONFIDENCE.mention) });
  }
  for (const e of events) {
    const sentence = evidenceFor(e.id) ?? findSentence(sentences, folded, [e.name]) ?? facts.title;
    if (sentence) relations.push({ type: 'REPORTS', fromId: id, toId: e.id, key: '', sentence, quote: null, confidence: rated(null, CONFIDENCE.mention) });
  }
  for (const r of reforms) {
    const sentence = evidenceFor(r.id) ?? findSentence(sentences, folded, [r.name]);
    if (sentence) relations.push({ type: 'ABOUT', fromId: id, toId: r.id, key: '', sentence, quote: null, confidence: rated(null, CONFIDENCE.topic) });
  }

  const related = facts.related.map((t) => ({
    id: articleId(null, t.title, `${t.date ?? ''}\n${t.teaser ?? ''}`), title: t.title, publishedAt: t.date ?? null, teaser: t.teaser ?? null,
  }));

  const { file: _file, body: _body, ...factsOnly } = facts;
  const foldedBody = searchFold(body);
  return {
    article: {
      id, url: facts.url ?? null, title: facts.title ?? null, publishedAt: facts.publishedAt ?? null, source: facts.source ?? null,
      // The body is folded once (a bulk load's largest string work); fold(title + ' ' + body) is the same string.
      lang: facts.lang, body, tags: facts.tags, contentHash: hash(foldedBody),
      searchText: [searchFold(facts.title ?? ''), foldedBody].filter(Boolean).join(' '),
    },
    factsHash: hash(JSON.stringify({ factsOnly, provenance, body })),
    provenance,
    actors: [...actors.values()],
    events,
    reforms,
    relations,
    related,
    warnings,
  };
}
