/**
 * A map that keeps only its most recently used entries: a memo for a build that visits every chart,
 * so what a page needs again soon is at hand without the whole site's drawings staying in memory.
 */
export class RecentMap<K, V> {
  readonly #entries = new Map<K, V>();
  readonly capacity: number;

  constructor(capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1)
      throw new Error(`RecentMap: capacity ${capacity} is not a positive integer.`);
    this.capacity = capacity;
  }

  /** Returns the value of `key`, and makes it the most recently used. */
  get(key: K): V | undefined {
    const value = this.#entries.get(key);
    if (value === undefined) return undefined;
    this.#entries.delete(key);
    this.#entries.set(key, value);
    return value;
  }

  /** Sets `key` as the most recently used; forgets the least recently used past the capacity. */
  set(key: K, value: V): this {
    this.#entries.delete(key);
    this.#entries.set(key, value);
    if (this.#entries.size > this.capacity) this.#entries.delete(this.#entries.keys().next().value as K);
    return this;
  }

  get size(): number {
    return this.#entries.size;
  }

  clear(): void {
    this.#entries.clear();
  }
}
