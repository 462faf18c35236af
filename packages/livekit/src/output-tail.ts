/** Keeps the last `limit` characters a child process wrote, for error messages. */
export class OutputTail {
  #text = "";
  #limit: number;

  constructor(limit = 16_000) {
    this.#limit = limit;
  }

  /** Appends a chunk, dropping the oldest text beyond the limit. */
  push(chunk: Buffer | string): void {
    this.#text += chunk.toString();
    if (this.#text.length > this.#limit) this.#text = this.#text.slice(-this.#limit);
  }

  /** The kept text. */
  toString(): string {
    return this.#text;
  }
}
