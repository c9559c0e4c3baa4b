// Parses the official KATOTTG codifier (`;`-separated) into oblasts, raions and hromadas with their codes and parents.
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import type { ActorKind } from '../facts/schema.js';

export interface TerritoryRow {
  code: string;
  kind: Extract<ActorKind, 'OBLAST' | 'RAION' | 'HROMADA'>;
  name: string;
  parentCode: string | null;
}

const Row = z.tuple([z.string(), z.string(), z.string(), z.string(), z.string(), z.string(), z.string()]);
const CODE = /^UA\d{17}$/;

/** Level categories: O oblast (and Crimea), K city with special status, P raion, H hromada; settlements are skipped. */
const KIND: Record<string, TerritoryRow['kind'] | undefined> = { O: 'OBLAST', K: 'OBLAST', P: 'RAION', H: 'HROMADA' };

function canonicalName(kind: TerritoryRow['kind'], category: string, raw: string): string {
  const name = raw.trim().replace(/\s+/g, ' ');
  if (kind === 'OBLAST') return category === 'K' ? `місто ${name}` : /Республіка/.test(name) ? name : `${name} область`;
  if (kind === 'RAION') return `${name} район`;
  return `${name} громада`;
}

export class CodifierError extends Error {}

export function parseKatottg(text: string): { rows: TerritoryRow[]; skipped: number; invalid: string[] } {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- csv-parse's overloads type rows loosely
  const records = parse(text.replace(/^\uFEFF/, ''), { delimiter: ';', relax_column_count: true, skip_empty_lines: true }) as string[][];
  const header = records.shift();
  if (!header || header.length < 7 || !/рівень/i.test(header[0] ?? '')) {
    throw new CodifierError('This does not look like the KATOTTG codifier: expected a `;`-separated file whose header starts with "Перший рівень".');
  }
  const rows: TerritoryRow[] = [];
  const invalid: string[] = [];
  let skipped = 0;
  records.forEach((record, i) => {
    const parsed = Row.safeParse(record.slice(0, 7).concat(Array(Math.max(0, 7 - record.length)).fill('')));
    if (!parsed.success) return void invalid.push(`line ${i + 2}: wrong number of fields`);
    const [l1, l2, l3, , , category, name] = parsed.data;
    const kind = KIND[category.trim()];
    if (!kind) return void skipped++;
    const levels = [l1, l2, l3].map((c) => c.trim());
    const depth = kind === 'OBLAST' ? 0 : kind === 'RAION' ? 1 : 2;
    const code = levels[depth] ?? '';
    if (!CODE.test(code) || !name.trim()) return void invalid.push(`line ${i + 2}: bad code or name`);
    rows.push({ code, kind, name: canonicalName(kind, category.trim(), name), parentCode: depth > 0 ? levels[depth - 1] || null : null });
  });
  return { rows, skipped, invalid };
}
