// Output is produced in chunks of about CHUNK_CHARS characters, so that no whole document is ever
// one string (a 50 MB input makes ~190 million characters of JSON) and a slow reader can hold the
// writer back between chunks (back-pressure).

/** The size a chunk is handed out at: 64 Ki characters (at most ~192 KB of UTF-8). */
export const CHUNK_CHARS = 1 << 16;

/** Collects pieces of text and hands them out once they add up to a chunk. */
export class ChunkBuffer {
  private text = '';

  constructor(private readonly size: number = CHUNK_CHARS) {}

  add(piece: string): void {
    this.text += piece;
  }

  get full(): boolean {
    return this.text.length >= this.size;
  }

  /** What has been collected (possibly ''), emptying the buffer. */
  take(): string {
    const text = this.text;
    this.text = '';
    return text;
  }
}

/** Joins chunks into one string (for small documents and the library's string API). */
export function joinChunks(chunks: Iterable<string>): string {
  let text = '';
  for (const chunk of chunks) text += chunk;
  return text;
}

/** Pieces of text put together in chunks. */
export function* textChunks(pieces: Iterable<string>, size: number = CHUNK_CHARS): Generator<string> {
  const buffer = new ChunkBuffer(size);
  for (const piece of pieces) {
    buffer.add(piece);
    if (buffer.full) yield buffer.take();
  }
  const rest = buffer.take();
  if (rest !== '') yield rest;
}

function* withLineEnds(lines: Iterable<string>): Generator<string> {
  for (const line of lines) yield `${line}\n`;
}

/** Lines, each written with its "\n", in chunks. */
export const lineChunks = (lines: Iterable<string>, size: number = CHUNK_CHARS): Generator<string> => textChunks(withLineEnds(lines), size);
