import { describe, expect, it } from 'vitest';
import { within } from '../../../src/authority/dates.js';
import {
  institutionById, institutions, lookupInstitution, nameAt, nameHistory, parseInstitutions, successorsOf,
  type Institution, type Lookup,
} from '../../../src/authority/institutions.js';
import { KNOWN_ORGS } from '../../../src/extract/org-data.js';
import { slugify } from '../../../src/extract/translit.js';

const MINREGION = 'org:minregion';
const MINROZVYTKU = 'org:minrozvytku';
const COMMUNITIES = 'Міністерство розвитку громад та територій України';

function matchId(r: Lookup | null): string | null {
  return r && 'match' in r ? r.match.id : null;
}
function candidateIds(r: Lookup | null): string[] {
  return r && 'candidates' in r ? r.candidates.map((c) => c.id).sort() : [];
}

/** A minimal valid entry, to break one field at a time. */
function entry(id: string, name: string, extra: Partial<Record<keyof Institution, unknown>> = {}): Record<string, unknown> {
  return {
    id, kind: 'MINISTRY', name, nameEn: null, abbreviations: [], aliases: [],
    names: [{ name, nameEn: null, abbreviations: [], aliases: [], from: null, to: null }], predecessors: [], parent: null,
    ...extra,
  };
}

describe('the authority file', () => {
  it('loads, with unique ids of the form org:<slug of the current name>', () => {
    const list = institutions();
    expect(list.length).toBeGreaterThan(130);
    expect(new Set(list.map((i) => i.id)).size).toBe(list.length);
    // The two ministries that bore one name aside, every id is its current name's slug.
    const named = list.filter((i) => i.id !== MINREGION && i.id !== MINROZVYTKU);
    for (const i of named) expect(i.id).toBe(`org:${slugify(i.name)}`);
  });

  it('has one LOCAL_ADMINISTRATION entry per oblast, named by the military administration', () => {
    const oblast = institutions().filter((i) => i.kind === 'LOCAL_ADMINISTRATION' && i.name.includes(' обласна '));
    expect(oblast).toHaveLength(24);
    for (const o of oblast) {
      expect(o.name).toMatch(/ обласна військова адміністрація$/);
      expect(nameHistory(o).map((n) => n.name)).toEqual([o.name.replace('військова', 'державна'), o.name]);
    }
  });
});

describe('parseInstitutions', () => {
  const file = 'mem.json';

  it('accepts a valid file', () => {
    expect(parseInstitutions({ institutions: [entry('org:a', 'Перше'), entry('org:b', 'Друге')] }, file)).toHaveLength(2);
  });

  it('names the file and the entry when an entry is malformed', () => {
    const bad = { institutions: [entry('org:a', 'Перше'), entry('org:bad-kind', 'Друге', { kind: 'MINISTERIUM' })] };
    expect(() => parseInstitutions(bad, file)).toThrow(/mem\.json: institution org:bad-kind: kind/);
    const badDate = { institutions: [entry('org:d', 'Д', { names: [{ name: 'Д', nameEn: null, abbreviations: [], aliases: [], from: '2022-13', to: null }] })] };
    expect(() => parseInstitutions(badDate, file)).toThrow(/institution org:d: names\.0\.from/);
  });

  it('names the position of an entry without an id', () => {
    const { id: _id, ...noId } = entry('org:x', 'Ікс');
    expect(() => parseInstitutions({ institutions: [noId] }, file)).toThrow(/mem\.json: institution #0: id/);
  });

  it('requires the current name among the names', () => {
    const bad = { institutions: [entry('org:a', 'Перше', { names: [{ name: 'Інше', nameEn: null, abbreviations: [], aliases: [], from: null, to: null }] })] };
    expect(() => parseInstitutions(bad, file)).toThrow(/institution org:a: .*`name` must be one of `names`/);
  });

  it('rejects duplicate ids and predecessors or parents that are not entries', () => {
    expect(() => parseInstitutions({ institutions: [entry('org:a', 'Перше'), entry('org:a', 'Друге')] }, file)).toThrow(/org:a: id used twice/);
    const orphan = entry('org:b', 'Друге', { predecessors: [{ id: 'org:gone', how: 'merged', date: null }] });
    expect(() => parseInstitutions({ institutions: [orphan] }, file)).toThrow(/org:b: predecessor org:gone/);
    expect(() => parseInstitutions({ institutions: [entry('org:c', 'Третє', { parent: 'org:gone' })] }, file)).toThrow(/org:c: parent org:gone/);
  });

  it('rejects a name two entries bear at once, and accepts one they bore at different times', () => {
    const span = (name: string, from: string | null, to: string | null) => ({ name, nameEn: null, abbreviations: [], aliases: [], from, to });
    const clash = { institutions: [entry('org:a', 'Перше', { aliases: ['Спільне'] }), entry('org:b', 'Друге', { aliases: ['спільне'] })] };
    expect(() => parseInstitutions(clash, file)).toThrow(/institution org:b: "спільне" also names org:a/);
    const apart = {
      institutions: [
        entry('org:a', 'Спільне', { names: [span('Спільне', '2019', '2022-12')] }),
        entry('org:b', 'Спільне', { names: [span('Старе', null, '2025'), span('Спільне', '2025', null)] }),
      ],
    };
    expect(parseInstitutions(apart, file)).toHaveLength(2);
    const touching = { institutions: [apart.institutions[0], entry('org:b', 'Спільне', { names: [span('Спільне', '2022-11', null)] })] };
    expect(() => parseInstitutions(touching, file)).toThrow(/org:b: "спільне" also names org:a/);
  });
});

describe('lookupInstitution', () => {
  const amu = 'org:asotsiatsiia-mist-ukrainy';

  it('finds a body by its Ukrainian name, its English name and its abbreviations', () => {
    expect(matchId(lookupInstitution('Асоціація міст України'))).toBe(amu);
    expect(matchId(lookupInstitution('Association of Ukrainian Cities'))).toBe(amu);
    expect(matchId(lookupInstitution('АМУ'))).toBe(amu);
    expect(matchId(lookupInstitution('AUC'))).toBe(amu);
    expect(matchId(lookupInstitution('Мінцифри'))).toBe('org:ministerstvo-tsyfrovoi-transformatsii-ukrainy');
  });

  it('folds names but compares abbreviations as written, apostrophes aside', () => {
    expect(matchId(lookupInstitution('  асоціація   міст україни '))).toBe(amu);
    expect(lookupInstitution('аму')).toBeNull();
    expect(matchId(lookupInstitution('Мін’юст'))).toBe('org:ministerstvo-yustytsii-ukrainy');
    expect(matchId(lookupInstitution('Міністерство охорони здоровʼя України'))).toBe('org:ministerstvo-okhorony-zdorovia-ukrainy');
  });

  it('finds a body by an alias without its inflections', () => {
    expect(matchId(lookupInstitution('Міністерство освіти та науки'))).toBe('org:ministerstvo-osvity-i-nauky-ukrainy');
    expect(matchId(lookupInstitution("Асоціація об'єднаних територіальних громад"))).toBe('org:vseukrainska-asotsiatsiia-hromad');
  });

  it('returns null for a name no body has', () => {
    expect(lookupInstitution('Міністерство магії України')).toBeNull();
  });

  it('tells the two ministries for communities apart by date', () => {
    expect(matchId(lookupInstitution(COMMUNITIES, '2021'))).toBe(MINREGION);
    expect(matchId(lookupInstitution(COMMUNITIES, '2022-11-30'))).toBe(MINREGION);
    expect(matchId(lookupInstitution(COMMUNITIES, '2025-09'))).toBe(MINROZVYTKU);
    expect(candidateIds(lookupInstitution(COMMUNITIES, null))).toEqual([MINREGION, MINROZVYTKU]);
    expect(candidateIds(lookupInstitution(COMMUNITIES))).toEqual([MINREGION, MINROZVYTKU]);
    // In 2023 neither bore that name: candidates, not a guess.
    expect(candidateIds(lookupInstitution(COMMUNITIES, '2023-06'))).toEqual([MINREGION, MINROZVYTKU]);
  });

  it('resolves a name only one body had whatever the date, with its name at that date', () => {
    const r = lookupInstitution('Мінрегіонбуд', '2015');
    expect(matchId(r)).toBe(MINREGION);
    expect(r && 'match' in r ? r.nameAtDate : null).toBe('Міністерство регіонального розвитку, будівництва та житлово-комунального господарства України');
    const v = lookupInstitution('Мінвідновлення', '2023-03');
    expect(matchId(v)).toBe(MINROZVYTKU);
    expect(v && 'match' in v ? v.nameAtDate : null).toBe('Міністерство розвитку громад, територій та інфраструктури України');
  });

  it('resolves the state and the military administration of one oblast to one entry', () => {
    const ids = ['Полтавська ОДА', 'Полтавська ОВА', 'Полтавська обласна державна адміністрація', 'Полтавська обласна військова адміністрація',
      'Poltava Oblast State Administration', 'Poltava Regional Military Administration'].map((n) => matchId(lookupInstitution(n)));
    expect(new Set(ids)).toEqual(new Set(['org:poltavska-oblasna-viiskova-administratsiia']));
    expect(matchId(lookupInstitution('Сумська ОДА'))).not.toBe(ids[0]);
  });
});

describe('name history', () => {
  const b = (): Institution => {
    const i = institutionById(MINROZVYTKU);
    if (!i) throw new Error('missing');
    return i;
  };

  it('gives the name of the ministry at each date', () => {
    expect(nameAt(b(), '2020')).toBe('Міністерство інфраструктури України');
    expect(nameAt(b(), '2022-11-30')).toBe('Міністерство інфраструктури України');
    expect(nameAt(b(), '2022-12-01')).toBe('Міністерство розвитку громад, територій та інфраструктури України');
    expect(nameAt(b(), '2023')).toBe('Міністерство розвитку громад, територій та інфраструктури України');
    expect(nameAt(b(), '2026')).toBe(COMMUNITIES);
    expect(nameAt(b(), null)).toBe(COMMUNITIES);
  });

  it('gives the current name outside every span, and the first name of a coarse date spanning a renaming', () => {
    const a = institutionById(MINREGION);
    expect(a && nameAt(a, '2005')).toBe(COMMUNITIES);
    expect(nameAt(b(), '2022')).toBe('Міністерство інфраструктури України');
  });

  it('lists the names oldest first, an unknown start first', () => {
    expect(nameHistory(b()).map((n) => n.from)).toEqual([null, '2022-12', '2025']);
    expect(b().predecessors).toEqual([{ id: MINREGION, how: 'merged', date: '2022-12' }]);
  });

  it('gives an oblast administration its state name before the war and its military name after', () => {
    const poltava = institutionById('org:poltavska-oblasna-viiskova-administratsiia');
    expect(poltava && nameAt(poltava, '2021-06')).toBe('Полтавська обласна державна адміністрація');
    expect(poltava && nameAt(poltava, '2022-02-24')).toBe('Полтавська обласна військова адміністрація');
  });

  it('links GTZ to GIZ, its successor', () => {
    const gtz = lookupInstitution('GTZ');
    const giz = lookupInstitution('GIZ');
    if (!gtz || !('match' in gtz) || !giz || !('match' in giz)) throw new Error('GTZ or GIZ not found');
    expect(gtz.match.id).not.toBe(giz.match.id);
    expect(giz.match.predecessors).toEqual([{ id: gtz.match.id, how: 'merged', date: '2011' }]);
    expect(successorsOf(gtz.match.id).map((i) => i.id)).toEqual([giz.match.id]);
    expect(nameHistory(gtz.match)[0]?.to).toBe('2011');
  });
});

describe('within', () => {
  it('compares partial dates as the days they cover, from inclusive, to exclusive', () => {
    expect(within('2022-12-15', '2022-12', null)).toBe(true);
    expect(within('2022-12-15', null, '2022-12')).toBe(false);
    expect(within('2022-11-30', null, '2022-12')).toBe(true);
    expect(within('2022-12', '2022-12', '2025')).toBe(true);
    expect(within('2025', '2022-12', '2025')).toBe(false);
    expect(within('2022', '2022-12', null)).toBe(true);
    expect(within('2022', null, '2022-12')).toBe(true);
    expect(within('1990', null, null)).toBe(true);
    expect(() => within('2022-1', null, null)).toThrow();
  });
});

describe('the gazetteer projection (KNOWN_ORGS)', () => {
  const byName = (n: string) => KNOWN_ORGS.filter((o) => o.name === n);

  it('has one entry per canonical name', () => {
    expect(new Set(KNOWN_ORGS.map((o) => o.name)).size).toBe(KNOWN_ORGS.length);
  });

  it('reports the ministry under its current name for its former names and its predecessor', () => {
    const [m] = byName(COMMUNITIES);
    expect(m?.aliases).toEqual(expect.arrayContaining(['Мінрегіон', 'Мінрегіонбуд', 'Мінрозвитку',
      'Міністерство регіонального розвитку, будівництва та житлово-комунального господарства України']));
    expect(m?.aliases).not.toContain('Мінвідновлення');
    expect(byName('Міністерство розвитку громад, територій та інфраструктури України')[0]?.aliases).toContain('Мінвідновлення');
  });

  it('keeps the parent by name and the state and military names of an administration apart', () => {
    expect(byName('Конгрес місцевих та регіональних влад Ради Європи')[0]?.parent).toBe('Рада Європи');
    expect(byName('Полтавська обласна державна адміністрація')[0]?.aliases).toContain('Полтавська ОДА');
    expect(byName('Полтавська обласна військова адміністрація')[0]?.aliases).toContain('Полтавська ОВА');
  });
});
