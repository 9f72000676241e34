/**
 * The stems and surface words of one index generation, shared by all its segments: a stem gets one
 * integer id for the whole index, so segments hold only typed arrays and there is a single map of
 * strings for the garbage collector to walk, whatever the number of segments.
 */
export class TermDictionary {
  private ids = new Map<string, number>();
  /** Normalised surface words with the number of agreements using them (for typo correction). */
  readonly words = new Map<string, number>();

  /** The stem's id, made when new. */
  id(stem: string): number {
    let id = this.ids.get(stem);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(stem, id);
    }
    return id;
  }

  /** The stem's id, or undefined when no agreement ever held it. */
  get(stem: string): number | undefined {
    return this.ids.get(stem);
  }

  /** Counts one agreement's distinct surface words. */
  countWords(words: Iterable<string>): void {
    for (const w of words) this.words.set(w, (this.words.get(w) ?? 0) + 1);
  }

  get size(): number {
    return this.ids.size;
  }
}
