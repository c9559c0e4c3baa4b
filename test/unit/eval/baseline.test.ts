// The eval's guard: a row whose F1 falls more than the tolerance below the committed baseline is reported.
import { describe, expect, it } from 'vitest';
import { regressions, toBaseline, type Scored } from '../../../src/eval/baseline.js';
import type { ReportLine } from '../../../src/eval/report.js';

const line = (row: string, f1: number | null): ReportLine =>
  ({ row, tp: 0, fp: 0, fn: 0, gold: 0, predicted: 0, precision: null, recall: null, f1 });

const scored = (persons: number, events: number | null): Scored => ({
  test: { uk: [line('persons', persons), line('events', events)], all: [line('persons', persons)] },
});

describe('eval baseline', () => {
  it('records each part, language and row with an F1, and nothing without one', () => {
    expect(toBaseline(scored(0.9, null))).toEqual({ test: { uk: { persons: 0.9 }, all: { persons: 0.9 } } });
  });

  it('passes a run within the tolerance and reports one that falls further, saying where and by how much', () => {
    const base = toBaseline(scored(0.9, 0.8));
    expect(regressions(base, scored(0.885, 0.8))).toEqual([]);
    expect(regressions(base, scored(0.95, 0.7))).toEqual(['test/uk events: F1 0.700, baseline 0.800']);
  });

  it('counts a row that is no longer scored as fallen, and a missing part as not scored', () => {
    const base = toBaseline(scored(0.9, 0.8));
    expect(regressions(base, scored(0.9, null))).toEqual(['test/uk events: F1 0.000, baseline 0.800']);
    expect(regressions(base, {})).toEqual(['test/uk: not scored (the baseline has it)', 'test/all: not scored (the baseline has it)']);
  });
});
