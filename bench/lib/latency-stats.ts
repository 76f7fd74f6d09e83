/** Per-action latency samples of a load run, and the figures printed from them. */

/** The p-th percentile (nearest rank) of ascending samples; 0 for none. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export type ActionFigures = { action: string; count: number; perSecond: number; p50: number; p99: number; errors: number };

export class LatencyStats {
  private readonly samples = new Map<string, number[]>();
  private readonly failures = new Map<string, number>();

  /** One answered request of `action`, in milliseconds. */
  record(action: string, ms: number): void {
    const list = this.samples.get(action) ?? [];
    list.push(ms);
    this.samples.set(action, list);
  }

  /** One request of `action` that failed (a 5xx, an unexpected status, a dropped connection while the server was up). */
  fail(action: string): void {
    this.failures.set(action, (this.failures.get(action) ?? 0) + 1);
  }

  get errors(): number {
    return [...this.failures.values()].reduce((a, b) => a + b, 0);
  }

  /** Figures per action (sorted by name) and for all of them together, over a run of `seconds`. */
  figures(seconds: number): ActionFigures[] {
    const names = [...new Set([...this.samples.keys(), ...this.failures.keys()])].sort();
    const row = (action: string, xs: number[], errors: number): ActionFigures => {
      const sorted = [...xs].sort((a, b) => a - b);
      return { action, count: sorted.length, perSecond: Math.round((sorted.length / seconds) * 10) / 10, p50: Math.round(percentile(sorted, 50)), p99: Math.round(percentile(sorted, 99)), errors };
    };
    const rows = names.map((n) => row(n, this.samples.get(n) ?? [], this.failures.get(n) ?? 0));
    return [...rows, row("all", [...this.samples.values()].flat(), this.errors)];
  }
}

/** The figures as a table for the terminal. */
export function formatFigures(rows: ActionFigures[]): string {
  const head = `${"action".padEnd(14)} ${"count".padStart(7)} ${"per s".padStart(7)} ${"p50 ms".padStart(7)} ${"p99 ms".padStart(7)} ${"errors".padStart(7)}`;
  const lines = rows.map((r) => `${r.action.padEnd(14)} ${String(r.count).padStart(7)} ${String(r.perSecond).padStart(7)} ${String(r.p50).padStart(7)} ${String(r.p99).padStart(7)} ${String(r.errors).padStart(7)}`);
  return [head, ...lines].join("\n");
}
