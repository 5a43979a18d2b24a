/** A measured quantity over several runs: the median, the spread, and the runs themselves. */
export interface Sample {
  median: number;
  min: number;
  max: number;
  runs: number[];
}

/** Summarises measured runs (the warm-up run must already be left out). */
export function summarize(runs: number[]): Sample {
  if (runs.length === 0) return { median: NaN, min: NaN, max: NaN, runs };
  const sorted = [...runs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1], runs };
}

/** The q-quantile (0–1) by nearest rank, for latencies such as hover p95. */
export function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(sorted.length * q) - 1))];
}

/** Runs `measure` `warmUp + runs` times in sequence and summarises the runs after the warm-up. */
export async function repeat<T>(runs: number, warmUp: number, measure: (index: number) => Promise<T>): Promise<T[]> {
  const kept: T[] = [];
  for (let i = 0; i < warmUp + runs; i++) {
    const result = await measure(i);
    if (i >= warmUp) kept.push(result);
  }
  return kept;
}

/** Summarises one numeric field across the results of several runs. */
export function field<T>(results: T[], pick: (result: T) => number): Sample {
  return summarize(results.map(pick));
}
