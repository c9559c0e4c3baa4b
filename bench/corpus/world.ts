// The synthetic world the articles are written about: hubs, oblast administrations, 1,469 hromadas, NGOs, projects,
// and persons whose positions change over time. Deterministic from the seed and the number of articles.
import type { ActorKind } from '../../src/facts/schema.js';
import { DONOR_HUBS, HUBS, NGO_WORDS, OBLASTS, hromadaName, personName } from './names.js';
import { rng, Zipf, type Rng } from './random.js';

export const HROMADAS = 1469;
export const FIRST_YEAR = 2016;
export const LAST_YEAR = 2025;

export interface Org { name: string; kind: ActorKind; nameEn: string | null; aliases: string[]; oblast: string | null }
export interface Project { name: string; funder: Org; implementer: Org }
/** A position held from a year on, until the next one starts. */
export interface Career { fromYear: number; title: string; org: Org }
export interface Person { name: string; careers: Career[] }

export interface World {
  hubs: Org[];
  administrations: Org[];
  hromadas: Org[];
  ngos: Org[];
  projects: Project[];
  persons: Person[];
  /** Popularity: index 0 is named most often. */
  personZipf: Zipf;
  hubZipf: Zipf;
  hromadaZipf: Zipf;
}

/** Thousands of persons, more with a larger corpus. */
export function personCount(articles: number): number {
  return 3000 + Math.floor(articles / 10);
}

const MINISTRY_TITLES = ['міністр', 'заступник міністра', 'державний секретар', 'директор департаменту'] as const;
const HUB_TITLES = ['голова', 'виконавчий директор', 'радник', 'експерт'] as const;
const DONOR_TITLES = ['керівник програми', 'радник з питань реформ', 'координатор проєкту'] as const;
const HROMADA_TITLES = ['голова громади', 'секретар ради', 'заступник голови громади', 'депутат ради'] as const;
const ADMIN_TITLES = ['голова обласної державної адміністрації', 'заступник голови ОДА', 'директор департаменту'] as const;
const NGO_TITLES = ['голова правління', 'експерт', 'аналітик'] as const;

function careerTitle(r: Rng, org: Org): string {
  switch (org.kind) {
    case 'MINISTRY': return r.pick(MINISTRY_TITLES);
    case 'DONOR': case 'INTERNATIONAL_ORGANIZATION': case 'EMBASSY': return r.pick(DONOR_TITLES);
    case 'HROMADA': return r.pick(HROMADA_TITLES);
    case 'LOCAL_ADMINISTRATION': return r.pick(ADMIN_TITLES);
    case 'NGO': return r.pick(NGO_TITLES);
    default: return r.pick(HUB_TITLES);
  }
}

export function buildWorld(seed: number, articles: number): World {
  const r = rng(seed);
  const hubs: Org[] = HUBS.map((h) => ({ name: h.name, kind: h.kind, nameEn: h.nameEn, aliases: h.aliases, oblast: null }));
  const administrations: Org[] = OBLASTS.map((o) => ({
    name: `${o} обласна державна адміністрація`, kind: 'LOCAL_ADMINISTRATION', nameEn: null, aliases: [], oblast: `${o} область`,
  }));
  const hromadas: Org[] = Array.from({ length: HROMADAS }, (_, i) => ({
    name: hromadaName(i), kind: 'HROMADA', nameEn: null, aliases: [], oblast: `${OBLASTS[i % OBLASTS.length]!} область`,
  }));
  const ngos: Org[] = Array.from({ length: 200 }, (_, i) => ({
    name: `Громадська організація «${NGO_WORDS[i % NGO_WORDS.length]!} ${OBLASTS[Math.floor(i / NGO_WORDS.length) % OBLASTS.length]!.slice(0, -2)}щини»`,
    kind: 'NGO', nameEn: null, aliases: [], oblast: null,
  }));
  const donors = hubs.filter((h) => DONOR_HUBS.some((d) => d.name === h.name));
  const projects: Project[] = Array.from({ length: 40 }, (_, i) => ({
    name: `Проєкт «Сильні громади ${i + 1}»`, funder: r.pick(donors), implementer: r.pick(ngos),
  }));

  const persons: Person[] = Array.from({ length: personCount(articles) }, (_, i) => {
    // The most named persons work at hubs; the tail at hromadas, administrations and NGOs.
    const home = (): Org =>
      i < 150 ? r.pick(hubs) : r.chance(0.6) ? r.pick(hromadas) : r.chance(0.5) ? r.pick(administrations) : r.pick(ngos);
    const n = r.int(1, 3);
    const careers: Career[] = [];
    let year = FIRST_YEAR - r.int(0, 2);
    for (let k = 0; k < n; k++) {
      const org = k === 0 || r.chance(0.5) ? home() : careers[k - 1]!.org;
      careers.push({ fromYear: year, title: careerTitle(r, org), org });
      year += r.int(2, 4);
    }
    return { name: personName(i), careers };
  });

  return {
    hubs, administrations, hromadas, ngos, projects, persons,
    personZipf: new Zipf(persons.length, 0.9),
    hubZipf: new Zipf(hubs.length, 0.8),
    hromadaZipf: new Zipf(hromadas.length, 0.7),
  };
}

/** The position a person holds in a year. */
export function positionAt(p: Person, year: number): Career {
  let current = p.careers[0]!;
  for (const c of p.careers) if (c.fromYear <= year) current = c;
  return current;
}
