export function percentile(samples: number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

export interface Row {
  metric: string;
  stock: number;
  ours: number;
  unit: string;
  goal?: { max?: number; min?: number };
}

const fmt = (n: number) => (Number.isNaN(n) ? '–' : n >= 100 ? n.toFixed(0) : n.toFixed(1));

/** The figures beside stock's and the goal, with whether the goal is met. */
export function printTable(rows: Row[]): void {
  const lines = rows.map((r) => {
    const goal =
      r.goal?.max !== undefined ? `≤ ${r.goal.max}` : r.goal?.min !== undefined ? `≥ ${r.goal.min}` : '';
    const met = !r.goal
      ? ''
      : (r.goal.max === undefined || r.ours <= r.goal.max) &&
          (r.goal.min === undefined || r.ours >= r.goal.min)
        ? 'ja'
        : 'NEJ';
    return [
      r.metric,
      `${fmt(r.stock)} ${r.unit}`,
      `${fmt(r.ours)} ${r.unit}`,
      goal && `${goal} ${r.unit}`,
      met,
    ];
  });
  const header = ['', 'stock json-server', 'beredskab', 'mål', 'nået'];
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  for (const line of [header, ...lines]) console.log(line.map((c, i) => c.padEnd(widths[i]!)).join('  '));
}
