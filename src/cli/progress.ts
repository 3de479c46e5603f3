// A progress bar on standard error, for long batches on a terminal only.
const WIDTH = 30;
const INTERVAL_MS = 100;

export class Progress {
  private done = 0;
  private last = 0;
  private shown = false;

  constructor(private readonly total: number) {}

  /** Shown only when stderr is a terminal and the batch is long enough to be worth it. */
  static maybe(total: number, minimum = 20): Progress | undefined {
    // The count first: a short run never makes process.stderr (a stream node builds when first asked for).
    return total >= minimum && process.stderr.isTTY ? new Progress(total) : undefined;
  }

  tick(): void {
    this.done++;
    const now = Date.now();
    if (now - this.last < INTERVAL_MS && this.done < this.total) return;
    this.last = now;
    const filled = Math.round((WIDTH * this.done) / this.total);
    process.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${this.done}/${this.total} files`);
    this.shown = true;
  }

  /** Erases the bar (before an error line, and at the end). */
  clear(): void {
    if (this.shown) process.stderr.write(`\r${' '.repeat(WIDTH + 30)}\r`);
    this.shown = false;
  }
}
