// Who an actor is before the graph is asked (src/store/identity.ts): institutions by any name on the article's date,
// the canonical name first; programmes by acronym or full name; English names of bodies the readers know; persons by
// a key their spellings share.
import { describe, expect, it } from 'vitest';
import { identify, type IdentityInput } from '../../../src/store/identity.js';

const org = (name: string, date: string | null, aliases: string[] = [], kind: IdentityInput['kind'] = 'MINISTRY') =>
  identify({ kind, name, nameEn: null, aliases, date, nameVerified: true });

describe('institutions', () => {
  it('resolves a former name on its date to the body that had it, under the current name', () => {
    const old = org('Міністерство інфраструктури України', '2021-05-05');
    expect(old.id).toBe('org:minrozvytku');
    expect(old.name).toBe('Міністерство розвитку громад та територій України');
    expect(old.aliases).toContain('Міністерство інфраструктури України');
    expect(org('Мінвідновлення', '2024-01-01').id).toBe('org:minrozvytku');
  });
  it('tells two bodies that had one name apart by the date, or keeps the candidates when the date cannot', () => {
    const name = 'Міністерство розвитку громад та територій України';
    expect(org(name, '2020-06-01').id).toBe('org:minregion');
    expect(org(name, '2025-10-01').id).toBe('org:minrozvytku');
    const undated = org(name, null);
    expect(undated.authorityId).toBeNull();
    expect(undated.candidates.sort()).toEqual(['org:minregion', 'org:minrozvytku']);
    // Another of the article's names that only one of them had decides.
    expect(org(name, null, ['Мінвідновлення']).id).toBe('org:minrozvytku');
  });
  it('lets the canonical name decide when the article\'s other forms include a neighbour\'s name', () => {
    const rada = org('Верховна Рада України', '2024-10-18', ['Committee on Budget', 'ВРУ'], 'GOVERNMENT_BODY');
    expect(rada.authorityId).toBe(rada.id);
    expect(rada.candidates).toEqual([]);
    expect(rada.name).toBe('Верховна Рада України');
  });
  it('keeps only names no other body has as the keys an older node may be found by', () => {
    const b = org('Мінрозвитку', '2026-01-01');
    expect(b.altKeys).toContain('мінвідновлення');
    expect(b.altKeys).not.toContain(b.nameKey);
  });
  it('reads English names of bodies the authority file does not hold: embassies, city councils', () => {
    expect(org('Swedish Embassy', '2024-01-01', [], 'EMBASSY').name).toBe('Посольство Швеції в Україні');
    expect(org('Kharkiv City Council', '2024-01-01', [], 'COUNCIL').name).toBe('Харківська міська рада');
    const unknown = org('Громадська організація «Світанок»', '2024-01-01', [], 'NGO');
    expect([unknown.name, unknown.authorityId]).toEqual(['Громадська організація «Світанок»', null]);
  });
});

describe('programmes and persons', () => {
  it('resolves a programme\'s acronym and full name to one id', () => {
    const a = identify({ kind: 'PROJECT', name: 'PLEDDG', nameEn: null, aliases: [], date: null, nameVerified: true });
    const b = identify({ kind: 'PROJECT', name: 'Partnership for Local Economic Development and Democratic Governance', nameEn: null, aliases: [], date: null, nameVerified: true });
    expect(a.id).toBe(b.id);
  });
  it('gives a person named in Latin only and the same person in Cyrillic one key, and keeps the name unverified', () => {
    const latin = identify({ kind: 'PERSON', name: 'Микола Ткатчоук', nameEn: 'Mykola Tkatchouk', aliases: [], date: null, nameVerified: false });
    const cyr = identify({ kind: 'PERSON', name: 'Микола Ткачук', nameEn: 'Mykola Tkachuk', aliases: [], date: null, nameVerified: true });
    expect(latin.latinKey).toBe(cyr.latinKey);
    expect(latin.nameVerified).toBe(false);
    const other = identify({ kind: 'PERSON', name: 'Микола Ткаченко', nameEn: null, aliases: [], date: null, nameVerified: true });
    expect(other.latinKey).not.toBe(cyr.latinKey);
  });
});
