// The reforms the graph knows by name, with their English names; unknown reform names are kept as given.
import { searchFold } from '../extract/normalise.js';

const REFORMS: Record<string, string> = {
  'децентралізація': 'Decentralisation',
  'соціальний захист': 'Social protection',
  'реформа освіти': 'Education reform',
  'охорона здоров\'я': 'Healthcare',
  'адміністративні послуги': 'Administrative services',
  'місцеве самоврядування': 'Local self-government',
  'реформа державного управління': 'Public administration reform',
  'місцеві фінанси': 'Local finance',
  'цифрова трансформація': 'Digital transformation',
  'регіональна політика': 'Regional policy',
  'відкрите врядування': 'Open government',
  'відновлення': 'Recovery',
};

const BY_KEY = new Map(Object.entries(REFORMS).map(([uk, en]) => [searchFold(uk), en]));

export function reformNameEn(name: string): string | null {
  return BY_KEY.get(searchFold(name)) ?? null;
}
