export function percentile(samples: number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

export interface Goal {
  max?: number;
  min?: number;
}

export interface Row {
  metric: string;
  unit: string;
  /** A figure per contender, by name. */
  figures: Record<string, number>;
  /** The goal per contender that has one. */
  goals: Record<string, Goal | undefined>;
}

// Counts as they are; two decimals below 10, where a goal such as ≤ 1.42 ms is read off the same run.
const fmt = (n: number | undefined) =>
  n === undefined || Number.isNaN(n)
    ? '–'
    : Number.isInteger(n) || n >= 100
      ? n.toFixed(0)
      : n.toFixed(n >= 10 ? 1 : 2);
const goalText = (g: Goal | undefined) =>
  g?.max !== undefined ? `≤ ${g.max}` : g?.min !== undefined ? `≥ ${g.min}` : '';
const met = (n: number, g: Goal) =>
  (g.max === undefined || n <= g.max) && (g.min === undefined || n >= g.min);

/** The figures side by side, each goal beside its contender's figure with whether it is met. */
export function printTable(rows: Row[], contenders: string[]): void {
  const header = [
    '',
    ...contenders.flatMap((c) => (rows.some((r) => r.goals[c]) ? [c, 'mål', 'nået'] : [c])),
  ];
  const lines = rows.map((r) => [
    `${r.metric}${r.unit ? ` (${r.unit})` : ''}`,
    ...contenders.flatMap((c) => {
      const figure = fmt(r.figures[c]);
      if (!rows.some((row) => row.goals[c])) return [figure];
      const goal = r.goals[c];
      return [figure, goalText(goal), goal ? (met(r.figures[c]!, goal) ? 'ja' : 'NEJ') : ''];
    }),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  for (const line of [header, ...lines]) console.log(line.map((c, i) => c.padEnd(widths[i]!)).join('  '));
}
