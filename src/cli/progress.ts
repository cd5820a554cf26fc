// **progress** — a one-line progress display for long runs on a terminal; silent otherwise and in CI.
export class Progress {
  private readonly started = Date.now();
  private last = 0;
  private readonly active = !!process.stderr.isTTY && !process.env.CI;

  constructor(private readonly label: string, private total?: number) {}

  tick(done: number, total?: number): void {
    if (total !== undefined) this.total = total;
    const now = Date.now();
    if (!this.active || now - this.last < 250) return;
    this.last = now;
    const seconds = (now - this.started) / 1000;
    const rate = done / Math.max(seconds, 0.001);
    const eta = this.total ? `, ~${Math.max(0, Math.round((this.total - done) / rate))} s left` : '';
    process.stderr.write(`\r${this.label}: ${done}${this.total ? `/${this.total}` : ''} entities, ${Math.round(rate)}/s, ${seconds.toFixed(0)} s${eta}   `);
  }

  done(): void {
    if (this.active) process.stderr.write('\r\x1b[K');
  }
}
