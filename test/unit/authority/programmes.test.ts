import { describe, expect, it } from 'vitest';
import { lookupProgramme, parseProgrammes, programmeById, programmes, type Programme } from '../../../src/authority/programmes.js';
import { knownOrgByName } from '../../../src/extract/gazetteer.js';
import { KNOWN_PROJECTS } from '../../../src/extract/project-data.js';
import { actorId } from '../../../src/store/ids.js';

/** A valid entry, to be broken one field at a time. */
const entry = (over: Record<string, unknown> = {}): Record<string, unknown> => ({
  id: 'project:zrazkova-prohrama', name: 'Зразкова програма', nameEn: 'Sample Programme', acronyms: ['ZRAZ'],
  names: ['Sample Programme for Hromadas'], funders: ['Європейський Союз'], implementers: [], phases: [], ...over,
});

describe('loading the programmes authority file', () => {
  it('accepts a valid document', () => {
    const [p] = parseProgrammes({ programmes: [entry({ phases: [{ name: 'друга фаза', from: '2019', to: '2022' }] })] }, 'mem');
    expect(p?.name).toBe('Зразкова програма');
    expect(p?.phases).toEqual([{ name: 'друга фаза', from: '2019', to: '2022' }]);
  });

  it('names the source and the entry of a field that does not validate', () => {
    const doc = { programmes: [entry(), entry({ id: 'project:insha', name: 'Інша', acronyms: [], names: [], funders: [''] })] };
    expect(() => parseProgrammes(doc, 'mem.json')).toThrow(/^mem\.json: programmes\[1\] \(Інша\): funders\.0: /);
  });

  it('rejects a year that is not YYYY, a phase ending before it starts, and an unknown field', () => {
    expect(() => parseProgrammes({ programmes: [entry({ phases: [{ name: null, from: '16', to: null }] })] }, 'mem')).toThrow(/phases\.0\.from/);
    expect(() => parseProgrammes({ programmes: [entry({ phases: [{ name: null, from: '2020', to: '2018' }] })] }, 'mem')).toThrow(/end before it starts/);
    expect(() => parseProgrammes({ programmes: [entry({ founded: '2016' })] }, 'mem')).toThrow(/Зразкова програма/);
  });

  it('rejects an id that is not the id the graph gives the name', () => {
    expect(() => parseProgrammes({ programmes: [entry({ id: 'project:sample' })] }, 'mem'))
      .toThrow('mem: programmes[0] (Зразкова програма): id project:sample is not the id of its name, project:zrazkova-prohrama');
  });

  it('rejects a name two entries share', () => {
    const second = entry({ id: 'project:druha-prohrama', name: 'Друга програма', nameEn: null, names: [], acronyms: ['ZRAZ'] });
    expect(() => parseProgrammes({ programmes: [entry(), second] }, 'mem')).toThrow(/programmes\[1\] \(Друга програма\): name "ZRAZ"/);
  });

  it('rejects a document without its list', () => {
    expect(() => parseProgrammes({ items: [] }, 'mem')).toThrow(/^mem: /);
  });

  it('loads the repository file', () => {
    expect(programmes().length).toBeGreaterThanOrEqual(10);
    expect(programmeById('project:decide')?.name).toBe('DECIDE');
    expect(programmeById('project:nope')).toBeNull();
  });
});

describe('the entries of the repository file', () => {
  it('carry the id the graph gives their canonical name', () => {
    for (const p of programmes()) expect(p.id).toBe(actorId('PROJECT', p.name));
  });

  it('name funders and implementers by the canonical names of the gazetteer', () => {
    const referenced = programmes().flatMap((p) => [...p.funders, ...p.implementers]);
    expect(referenced.length).toBeGreaterThan(10);
    expect(referenced.filter((n) => knownOrgByName(n)?.name !== n)).toEqual([]);
  });

  it('keep the programmes the extractor knew, with their names and roles', () => {
    const ulead = KNOWN_PROJECTS.find((p) => p.name === 'U-LEAD з Європою');
    expect(ulead?.nameEn).toBe('U-LEAD with Europe');
    expect(ulead?.aliases).toEqual(expect.arrayContaining(['U-LEAD', 'U-LEAD with Europe', 'У-ЛІД']));
    expect(ulead?.funders).toEqual(['Європейський Союз', 'Уряд Німеччини']);
    expect(ulead?.implementers).toEqual(['Німецьке товариство міжнародного співробітництва']);
    expect(KNOWN_PROJECTS.map((p) => p.name)).toEqual(expect.arrayContaining(['Polaris', 'DECIDE', 'PROSTO', 'DOBRE', 'HOVERLA', 'ПУЛЬС', 'Cities4Cities']));
  });
});

describe('lookupProgramme', () => {
  const name = (s: string): string | null => lookupProgramme(s)?.name ?? null;

  it('resolves an acronym as written, in either script', () => {
    expect(name('DOBRE')).toBe('DOBRE');
    expect(name('ДОБРЕ')).toBe('DOBRE');
    expect(name('ПРОМІС')).toBe('PLEDDG');
    // "добре" is a Ukrainian word, "decide" an English one.
    expect(name('добре')).toBeNull();
    expect(name('decide')).toBeNull();
  });

  it('resolves the English full name and the acronym to one programme', () => {
    const byName = lookupProgramme('Partnership for Local Economic Development and Democratic Governance');
    expect(byName?.id).toBe('project:pleddg');
    expect(lookupProgramme('PLEDDG')).toBe(byName);
    expect(lookupProgramme('Decentralization Offering Better Results and Efficiency')).toBe(lookupProgramme('DOBRE'));
  });

  it('resolves the Ukrainian full name, folded', () => {
    expect(name('Децентралізація для розвитку демократичної освіти')).toBe('DECIDE');
    expect(name('децентралізація  для розвитку демократичної освіти')).toBe('DECIDE');
    expect(name('Партнерство для розвитку міст')).toBe('PLEDDG');
  });

  it('resolves a name wrapped in the words an article puts around it', () => {
    expect(name('Програма USAID «ДОБРЕ»')).toBe('DOBRE');
    expect(name('USAID HOVERLA Activity')).toBe('HOVERLA');
    expect(name('Swiss-Ukrainian project DECIDE')).toBe('DECIDE');
    expect(name('E-Governance for Accountability and Participation Programme (EGAP)')).toBe('EGAP');
    expect(name('EU/UNDP project “Community-Based Approach to Local Development”')).toBe('Місцевий розвиток, орієнтований на громаду');
    expect(name('Council of Europe Programme “Decentralisation and Public Administration Reform in Ukraine”'))
      .toBe('Децентралізація і реформа публічної адміністрації в Україні');
  });

  it('does not resolve what is only about a programme, or names two', () => {
    expect(name('посібник Програми «U-LEAD з Європою»')).toBeNull();
    expect(name('Програма розвитку ООН')).toBeNull();
    expect(name('«Децентралізація для розвитку демократичної освіти» (DOBRE)')).toBeNull();
    expect(name('')).toBeNull();
  });

  it('returns the entry with its funders and implementers', () => {
    const p: Programme | null = lookupProgramme('EGAP');
    expect(p?.funders).toEqual(['Швейцарія']);
    expect(p?.implementers).toEqual(['Фонд Східна Європа']);
  });
});
