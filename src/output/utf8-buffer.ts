// **utf8-buffer** — text appended piece by piece, kept as UTF-8 bytes. A worker renders a batch's
// text entity by entity into one of these, so the strings die young (cheap to collect) and the
// bytes can be moved to the main thread without a copy.
const encoder = new TextEncoder();
const FLUSH_AT = 1 << 16;

export class Utf8Buffer {
  private bytes = new Uint8Array(1 << 20);
  private length = 0;
  private pending: string[] = [];
  private pendingLength = 0;

  add(text: string): void {
    this.pending.push(text);
    this.pendingLength += text.length;
    if (this.pendingLength >= FLUSH_AT) this.flush();
  }

  /** The bytes so far, as a view on a buffer of its own (transferable); the buffer is not reused. */
  take(): Uint8Array {
    this.flush();
    const out = this.bytes.subarray(0, this.length);
    this.bytes = new Uint8Array(0);
    this.length = 0;
    return out;
  }

  private flush(): void {
    if (!this.pending.length) return;
    const text = this.pending.length === 1 ? this.pending[0]! : this.pending.join('');
    this.pending = [];
    this.pendingLength = 0;
    const room = this.length + text.length * 3; // UTF-8 takes at most 3 bytes per UTF-16 unit
    if (room > this.bytes.length) {
      const grown = new Uint8Array(Math.max(room, this.bytes.length * 2, 1 << 16));
      grown.set(this.bytes.subarray(0, this.length));
      this.bytes = grown;
    }
    this.length += encoder.encodeInto(text, this.bytes.subarray(this.length)).written;
  }
}
