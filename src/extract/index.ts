// The rule-based extractor: ParsedArticle in, ArticleFacts out. Pure: no I/O, no database, no clock.
import {
  ArticleFacts, type EventFact, type OrganizationFact, type ParsedArticle, type PersonFact, type ProjectFact,
  type RelationFact,
} from '../facts/schema.js';
import { fitToSchema } from '../facts/fit.js';
import { CONFIDENCE } from './confidence.js';
import { yearHint } from './dates.js';
import { agreedReadings } from './agreement.js';
import { buildEvents } from './events.js';
import { normaliseApostrophes } from './normalise.js';
import type { OrgMention } from './orgs.js';
import type { PersonMention } from './persons.js';
import { unifyCountries } from './org-merge.js';
import { resolveRef, type OrgSeen } from './org-ref.js';
import { findPositions, openingTitle, parentOfUnit, type PositionMention } from './positions.js';
import { findPositionsEn } from './positions-en.js';
import { findProjectRoles } from './project-roles.js';
import { projectFromSource, type ProjectMention } from './projects.js';
import { eventRelations } from './relations.js';
import { scanBody, type Scanned } from './scan.js';
import { transliterate } from './translit.js';

export const EXTRACTOR_VERSION = 'rules-1';

const CYRILLIC_RE = /[\u0400-\u04FF]/;

/** One canonical name per person: ambiguous readings settle on a reading another mention makes certain. */
function personNamer(all: PersonMention[], agreed: readonly string[] = []): (p: PersonMention) => string {
  const certain = new Set([...all.filter((p) => p.alternatives.length === 0).map((p) => p.name), ...agreed]);
  const byLatin = new Map<string, string>();
  for (const p of all) if (!p.latin) byLatin.set(transliterate(p.name).toLowerCase(), p.name);
  return (p) => {
    if (p.latin) return byLatin.get(p.latin.toLowerCase()) ?? p.name;
    if (certain.has(p.name)) return p.name;
    return p.alternatives.find((a) => certain.has(a)) ?? p.name;
  };
}

function addAlias(list: string[], alias: string, name: string): void {
  const a = alias.replace(/\*+/g, '').trim();
  if (a && a !== name && !list.includes(a)) list.push(a);
}

function mergeOrg(orgs: Map<string, OrganizationFact>, m: OrgMention): void {
  const o = orgs.get(m.name) ?? { name: m.name, kind: m.kind, nameEn: m.nameEn ?? null, aliases: [], oblast: m.oblast ?? null };
  addAlias(o.aliases, normaliseApostrophes(m.surface), m.name);
  // The oblast may be named with only one of the hromada's mentions.
  o.oblast ??= m.oblast ?? null;
  orgs.set(m.name, o);
}

/**
 * "Kharkiv Oblast Governor X", "Head of Sumy Oblast": the head of an oblast heads its administration — the one
 * the article names, else the military one from the full-scale invasion on (24 February 2022), the state one before.
 */
function oblastHead(pos: PositionMention, orgs: ReadonlyMap<string, OrganizationFact>, publishedAt: string | null): PositionMention {
  const oblast = pos.orgMention;
  if (!oblast || oblast.kind !== 'OBLAST' || !/(?:^|\s)голов[аи]$|губернатор/.test(pos.title)) return pos;
  const adj = oblast.name.replace(/ область$/, '');
  const named = [...orgs.values()].find((o) => o.kind === 'LOCAL_ADMINISTRATION' && new RegExp(`^${adj} обласна (?:військова|державна) адміністрація$`).test(o.name));
  const name = named?.name ?? `${adj} обласна ${publishedAt !== null && publishedAt < '2022-02-24' ? 'державна' : 'військова'} адміністрація`;
  const orgMention = { ...oblast, name, kind: 'LOCAL_ADMINISTRATION' as const, nameEn: null };
  return { ...pos, organization: name, orgMention };
}

/** Extracts the facts of one article from its body (related-news teasers are never read). */
export function extractArticle(doc: ParsedArticle): ArticleFacts {
  const lang = doc.lang;
  const year = yearHint(doc.publishedAt, doc.body, doc.related.map((r) => r.date));
  const scanned = scanBody(doc.body, lang, year);
  const allPersons = scanned.flatMap((x) => x.persons);
  const nameOf = personNamer(allPersons, agreedReadings(scanned.map((x) => ({ tokens: x.tokens, text: x.s.text, persons: x.persons }))));
  const { events, eventOf } = buildEvents(scanned, doc.publishedAt);

  const orgs = new Map<string, OrganizationFact>();
  const persons = new Map<string, PersonFact>();
  const relations: RelationFact[] = [];
  const addRel = (r: RelationFact): void => {
    if (!relations.some((o) => o.type === r.type && o.from === r.from && o.to === r.to)) relations.push(r);
  };

  // Organisations first: a position may name its body by reference ("міської ради"), resolved against them all.
  unifyCountries(scanned.flatMap((x) => [...x.orgs, ...x.parents]));
  const seen: OrgSeen[] = [];
  const see = (m: OrgMention, sent: number): void => { mergeOrg(orgs, m); seen.push({ name: m.name, kind: m.kind, sent }); };
  for (const x of scanned) for (const m of [...x.orgs, ...x.parents]) see(m, x.s.index);
  const found: Array<{ x: Scanned; name: string; pos: PositionMention }> = [];
  for (const x of scanned) {
    for (const p of x.persons) {
      const name = nameOf(p);
      // A person the article names only in Latin script: the Cyrillic name is a transliteration, not a spelling.
      const fact = persons.get(name) ?? { name, nameEn: p.latin ?? (CYRILLIC_RE.test(name) ? transliterate(name) : name), aliases: [], positions: [], nameVerified: false };
      if (!p.latin) fact.nameVerified = true;
      addAlias(fact.aliases, normaliseApostrophes(p.surface), name);
      if (p.surface !== normaliseApostrophes(p.surface)) addAlias(fact.aliases, p.surface, name);
      persons.set(name, fact);
      const list = p.latin || lang === 'en' ? findPositionsEn(x.tokens, p, x.orgs, x.persons) : findPositions(x.tokens, p, x.orgs, x.persons);
      for (const found1 of list) {
        if (!found1) continue;
        const pos = oblastHead(parentOfUnit(x.tokens, x.s.text, found1), orgs, doc.publishedAt ?? null);
        if (pos.orgMention && !orgs.has(pos.orgMention.name)) see(pos.orgMention, x.s.index);
        found.push({ x, name, pos });
      }
    }
    // A town named with "у/в" ("у Чернігові") is a place, not its hromada: the annotation lists it as a location.
  }
  // "… привітав Томас Ріхтер. Радник-посланник наголосив, що …": the next sentence's subject is a title alone; the
  // person the sentence ended on, with no title of their own, holds it at the body that sentence named.
  scanned.forEach((x, i) => {
    const last = x.persons[x.persons.length - 1];
    const next = scanned[i + 1];
    if (!last || !next || next.persons.length > 0 || lang !== 'uk' || last.latin) return;
    const name = nameOf(last);
    if (found.some((f) => f.name === name)) return;
    const opening = openingTitle(next.tokens);
    if (!opening) return;
    const ref = opening.diplomat ? { kind: 'EMBASSY' as const, re: null, hint: null } : null;
    const own = x.orgs.length === 1 ? x.orgs[0] : undefined;
    if (!ref && !own) return;
    found.push({ x, name, pos: { title: opening.title, organization: ref ? '' : own?.name ?? '', orgMention: ref ? null : own ?? null, ...(ref ? { ref } : {}) } });
  });
  for (const { x, name, pos } of found) {
    const organization = pos.ref ? resolveRef(pos.ref, x.s.index, seen) : pos.organization;
    const fact = persons.get(name);
    if (!organization || !fact || fact.positions.some((q) => q.title === pos.title && q.organization === organization)) continue;
    if (fact.positions.some((q) => q.organization === organization)) continue;
    // A title by reference ("заступник начальника ОВА Коваль") repeats a person's stated body of that kind.
    if (pos.ref && found.some((f) => f.name === name && !f.pos.ref && orgs.get(f.pos.organization)?.kind === orgs.get(organization)?.kind)) continue;
    fact.positions.push({ title: pos.title, organization });
    addRel({ type: 'HOLDS_POSITION', from: name, to: organization, title: pos.title, evidence: x.s.text, confidence: pos.ref ? CONFIDENCE.positionByReference : CONFIDENCE.positionInPhrase });
  }

  // Projects: merged by name; funders and implementers only when the article names them.
  const projects = new Map<string, ProjectFact>();
  const projMentions: Array<ProjectMention & { evidence: string }> = [];
  for (const x of scanned) for (const p of x.projects) projMentions.push({ ...p, evidence: x.s.text });
  // Funders and implementers stated in a sentence, of the project it names or (referring back) the one before.
  let lastProject: string | null = null;
  for (const x of scanned) {
    const roles = findProjectRoles(x.tokens, x.s.text, x.orgs, x.projects, lastProject);
    if (roles) projMentions.push({ name: roles.project, nameEn: null, aliases: [], funders: roles.funders, implementers: roles.implementers, sent: x.s.index, start: 0, end: 0, evidence: x.s.text });
    lastProject = x.projects[x.projects.length - 1]?.name ?? lastProject;
  }
  const fromSource = projectFromSource(doc.source);
  if (fromSource) projMentions.push({ ...fromSource, evidence: '' });
  for (const p of projMentions) {
    const f = projects.get(p.name) ?? { name: p.name, nameEn: p.nameEn, aliases: [], funders: [], implementers: [] };
    for (const a of p.aliases) addAlias(f.aliases, a, p.name);
    for (const [list, key, type] of [[p.funders, 'funders', 'FUNDS'], [p.implementers, 'implementers', 'IMPLEMENTS']] as const) {
      for (const o of list) {
        const known = orgs.get(o);
        if (!known) continue;
        if (!f[key].includes(o)) f[key].push(o);
        const ev = p.evidence || scanned.find((x) => x.orgs.some((m) => m.name === o))?.s.text || '';
        if (ev) addRel({ type, from: o, to: p.name, evidence: ev, confidence: CONFIDENCE.projectRole });
      }
    }
    projects.set(p.name, f);
  }

  for (const r of eventRelations(scanned, eventOf, events, nameOf)) addRel(r);
  // The project publishing the article organises the events its body credits to "the Project" (Проєкт).
  if (fromSource) {
    scanned.forEach((x, i) => {
      const ev = eventOf[i];
      if (ev && /\sПро[єе]кт(?:у|ом|і)?(?!\p{L})/u.test(' ' + x.s.text.slice(1))) addRel({ type: 'ORGANISED', from: fromSource.name, to: ev.name, evidence: x.s.text, confidence: CONFIDENCE.projectFromSource });
    });
  }
  // Relations must point at listed names: drop any whose ends were not kept.
  const eventFacts: EventFact[] = events.map((e) => ({ name: e.name, aliases: [...e.aliases], kind: e.kind, startDate: e.startDate, endDate: e.endDate, location: e.location }));
  const reforms = [...new Set(scanned.flatMap((x) => x.reforms))];
  const names = new Set([...persons.keys(), ...orgs.keys(), ...projects.keys(), ...events.map((e) => e.name)]);
  const kept = relations.filter((r) => names.has(r.from) && (r.type === 'ABOUT' ? reforms.includes(r.to) : names.has(r.to)));

  // A derived field that does not fit its limit is cut or dropped, never the article (fitToSchema warns).
  return fitToSchema(ArticleFacts, {
    file: doc.file ?? null, url: doc.url ?? null, title: doc.title ?? null, publishedAt: doc.publishedAt ?? null,
    source: doc.source ?? null, lang, tags: doc.tags, related: doc.related,
    persons: [...persons.values()], organizations: [...orgs.values()], projects: [...projects.values()],
    events: eventFacts, relations: kept, reforms,
  }, (path) => path[0] === 'lang').value;
}
