import type { Sample } from './stats';

/** One line of the benchmark table: ours against the baseline measured in the same run. */
export interface TableRow {
  figure: string;
  measure: string;
  ours: Sample | number | string;
  baseline?: Sample | number | string;
  baselineName?: string;
  unit: string;
  target?: string;
}

const MB = 1024 * 1024;

function scale(value: number, unit: string): number {
  return unit === 'MB' ? value / MB : value;
}

function num(value: number, unit: string): string {
  const v = scale(value, unit);
  if (!Number.isFinite(v)) return 'n/a';
  return Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 10 ? v.toFixed(1) : v.toFixed(2);
}

export function formatCell(cell: Sample | number | string | undefined, unit: string): string {
  if (cell === undefined) return '';
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'number') return num(cell, unit);
  if (cell.runs.length <= 1) return num(cell.median, unit);
  return `${num(cell.median, unit)} [${num(cell.min, unit)}–${num(cell.max, unit)}]`;
}

function medianOf(cell: Sample | number | string | undefined): number | undefined {
  if (cell === undefined || typeof cell === 'string') return undefined;
  return typeof cell === 'number' ? cell : cell.median;
}

/** Ours / baseline, when both are numbers and the baseline is not ~0. */
export function ratio(row: TableRow): string {
  const ours = medianOf(row.ours);
  const base = medianOf(row.baseline);
  if (ours === undefined || base === undefined || Math.abs(base) < 1e-9) return '';
  return `${(ours / base).toFixed(2)}×`;
}

/** A Markdown table (reads as plain text in a terminal, pastes into the README). */
export function renderTable(rows: TableRow[]): string {
  const header = ['Fig.', 'Measure', 'Unit', 'Ours: median [min–max]', 'Baseline: median [min–max]', 'Ours/base', 'Target'];
  const body = rows.map((r) => [
    r.figure,
    r.measure,
    r.unit,
    formatCell(r.ours, r.unit),
    r.baseline === undefined ? '' : `${formatCell(r.baseline, r.unit)}${r.baselineName ? ` (${r.baselineName})` : ''}`,
    ratio(r),
    r.target ?? '',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((line) => line[i].length)));
  const line = (cells: string[]): string => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}
