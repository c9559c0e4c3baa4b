// Formats scores as a terminal table or as a JSON document, with the quality targets beside them.
import { prf, ROWS, totals, type Counts, type Row } from './score.js';

/** The targets set for the dev set; rows without one are reported for information. */
export const TARGETS: Partial<Record<Row, number>> = {
  persons: 0.95, organizations: 0.85, events: 0.85, SPOKE_AT: 0.85, CHAIRED: 0.85, HOLDS_POSITION: 0.85,
};

export interface ReportLine extends Counts {
  row: string;
  gold: number;
  predicted: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
  target?: number;
  met?: boolean;
}

export function reportLines(counts: Record<Row, Counts>): ReportLine[] {
  const line = (row: string, c: Counts, target?: number): ReportLine => {
    const scores = prf(c);
    return {
      row, ...c, gold: c.tp + c.fn, predicted: c.tp + c.fp, ...scores,
      ...(target === undefined ? {} : { target }),
      ...(target === undefined || scores.f1 === null ? {} : { met: scores.f1 >= target }),
    };
  };
  const t = totals(counts);
  return [
    ...ROWS.map((r) => line(r, counts[r], TARGETS[r])),
    line('total: persons+orgs+events', t.entities),
    line('total: relations', t.relations),
    line('total: all', t.all),
  ];
}

const fmt = (x: number | null): string => (x === null ? '   —' : x.toFixed(2).padStart(4));

export function formatTable(lines: readonly ReportLine[]): string {
  const width = Math.max(...lines.map((l) => l.row.length));
  const head = `${'row'.padEnd(width)}  gold  pred    tp     P     R    F1  target`;
  const body = lines.map((l) => {
    const target = l.target === undefined ? '' : `  ${l.met === undefined ? ' ' : l.met ? '✓' : '✗'} ≥${l.target.toFixed(2)}`;
    const sep = l.row.startsWith('total: persons') ? `${'-'.repeat(head.length)}\n` : '';
    return `${sep}${l.row.padEnd(width)}  ${String(l.gold).padStart(4)}  ${String(l.predicted).padStart(4)}  ${String(l.tp).padStart(4)}  ${fmt(l.precision)}  ${fmt(l.recall)}  ${fmt(l.f1)}${target}`;
  });
  return [head, '-'.repeat(head.length), ...body].join('\n');
}
