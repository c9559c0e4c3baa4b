// The committed figures the eval guards: per part of the dev set and per language, each row's F1. A change that
// lowers any of them by more than the tolerance fails `npm run eval` (and so `npm test`).
import { readFile, writeFile } from 'node:fs/promises';
import { z } from 'zod';
import type { ReportLine } from './report.js';

export const TOLERANCE = 0.02;

/** part ("test", "dev") -> language ("uk", "en", "all") -> row -> F1. */
export const Baseline = z.record(z.string(), z.record(z.string(), z.record(z.string(), z.number().min(0).max(1))));
export type Baseline = z.infer<typeof Baseline>;

export type Scored = Record<string, Record<string, readonly ReportLine[]>>;

export function toBaseline(scored: Scored): Baseline {
  const out: Baseline = {};
  for (const [part, langs] of Object.entries(scored)) {
    out[part] = {};
    for (const [lang, lines] of Object.entries(langs)) {
      out[part][lang] = Object.fromEntries(lines.filter((l) => l.f1 !== null).map((l) => [l.row, Number(l.f1!.toFixed(4))]));
    }
  }
  return out;
}

/** Each row whose F1 fell below its baseline by more than the tolerance, as a line saying by how much. */
export function regressions(baseline: Baseline, scored: Scored, tolerance = TOLERANCE): string[] {
  const out: string[] = [];
  for (const [part, langs] of Object.entries(baseline)) {
    for (const [lang, rows] of Object.entries(langs)) {
      const lines = scored[part]?.[lang];
      if (!lines) { out.push(`${part}/${lang}: not scored (the baseline has it)`); continue; }
      for (const [row, was] of Object.entries(rows)) {
        const now = lines.find((l) => l.row === row)?.f1 ?? 0;
        if (now < was - tolerance) out.push(`${part}/${lang} ${row}: F1 ${now.toFixed(3)}, baseline ${was.toFixed(3)}`);
      }
    }
  }
  return out;
}

export async function readBaseline(path: string): Promise<Baseline | null> {
  let text: string;
  try { text = await readFile(path, 'utf8'); } catch { return null; }
  return Baseline.parse(JSON.parse(text));
}

export async function writeBaseline(path: string, scored: Scored): Promise<void> {
  await writeFile(path, `${JSON.stringify(toBaseline(scored), null, 2)}\n`);
}
