/**
 * What the simulated readers were told about their grades, to hold against what the database stored:
 * a grade the server acknowledged (recorded, or recognised as a repeat of its idempotency key) must be
 * stored exactly once, unless an acknowledged undo took it back (then not at all). An undo whose answer was
 * lost with the server may or may not have happened: its grade is excused either way, and that reader
 * undoes nothing more (its next undo would take back a grade the ledger cannot name).
 */
export class GradeLedger {
  readonly sent = new Set<string>();
  readonly acknowledged = new Set<string>();
  readonly undone = new Set<string>();
  readonly uncertain = new Set<string>();
  private readonly stacks = new Map<string, string[]>();
  private readonly noUndo = new Set<string>();

  send(reader: string, key: string): void {
    this.sent.add(key);
  }

  acknowledge(reader: string, key: string): void {
    if (this.acknowledged.has(key)) return;
    this.acknowledged.add(key);
    this.stack(reader).push(key);
  }

  canUndo(reader: string): boolean {
    return !this.noUndo.has(reader) && this.stack(reader).length > 0;
  }

  /** An acknowledged undo: the reader's latest standing grade is taken back. */
  undo(reader: string): string | undefined {
    const key = this.stack(reader).pop();
    if (key) this.undone.add(key);
    return key;
  }

  /** An undo sent whose answer never came. */
  undoUnknown(reader: string): void {
    const key = this.stack(reader).pop();
    if (key) this.uncertain.add(key);
    this.noUndo.add(reader);
  }

  private stack(reader: string): string[] {
    let s = this.stacks.get(reader);
    if (!s) this.stacks.set(reader, (s = []));
    return s;
  }
}

export type GradeAudit = { acknowledged: number; undone: number; stored: number; lost: number; doubled: number; undoneButStored: number; unknown: number };

/** Holds the ledger against the idempotency keys of every stored review log of the bench's readers. */
export function auditGrades(ledger: GradeLedger, storedKeys: readonly (string | null)[]): GradeAudit {
  const count = new Map<string, number>();
  let unknown = 0;
  for (const k of storedKeys) {
    if (k === null || !ledger.sent.has(k)) unknown++;
    else count.set(k, (count.get(k) ?? 0) + 1);
  }
  let lost = 0;
  let undoneButStored = 0;
  for (const k of ledger.acknowledged) {
    const n = count.get(k) ?? 0;
    if (ledger.uncertain.has(k)) continue;
    if (ledger.undone.has(k)) undoneButStored += n > 0 ? 1 : 0;
    else if (n === 0) lost++;
  }
  const doubled = [...count.values()].filter((n) => n > 1).length;
  return { acknowledged: ledger.acknowledged.size, undone: ledger.undone.size, stored: storedKeys.length, lost, doubled, undoneButStored, unknown };
}
