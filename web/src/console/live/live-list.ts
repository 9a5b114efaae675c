// A list kept live by socket frames and (re)loaded over REST without losing or doubling an item: while a
// REST snapshot is on its way, frames are applied at once and also remembered; when the snapshot arrives it
// replaces the list and the remembered frames are applied again on top. The snapshot is requested after the
// socket's welcome, so it already holds everything before the remembered frames, and applying an upsert or a
// removal twice changes nothing.

export type ListOp<T> =
  { kind: 'upsert'; item: T } | { kind: 'remove'; id: string } | { kind: 'patch'; id: string; patch: Partial<T> };

export class LiveList<T> {
  private items = new Map<string, T>();
  private replay: ListOp<T>[] | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly keyOf: (item: T) => string,
    private readonly order: (a: T, b: T) => number,
  ) {}

  /** Call before requesting a snapshot. */
  beginLoad(): void {
    this.replay = [];
  }

  /**
   * The snapshot arrived: it becomes the list, then the frames applied since beginLoad are applied again.
   * Items for which `keep` is true stay even when the snapshot lacks them (e.g. ended chats still on screen).
   */
  finishLoad(snapshot: T[], keep: (item: T) => boolean = () => false): void {
    const kept = [...this.items.values()].filter(keep);
    const ops = this.replay ?? [];
    this.replay = null;
    this.items = new Map(snapshot.map((item) => [this.keyOf(item), item]));
    for (const item of kept) if (!this.items.has(this.keyOf(item))) this.items.set(this.keyOf(item), item);
    for (const op of ops) this.applyNow(op);
    this.changed();
  }

  /** The snapshot failed: the list stays as the frames left it. */
  abortLoad(): void {
    this.replay = null;
  }

  apply(op: ListOp<T>): void {
    this.replay?.push(op);
    this.applyNow(op);
    this.changed();
  }

  get(id: string): T | undefined {
    return this.items.get(id);
  }

  has(id: string): boolean {
    return this.items.has(id);
  }

  list(): T[] {
    return [...this.items.values()].sort(this.order);
  }

  get size(): number {
    return this.items.size;
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private applyNow(op: ListOp<T>): void {
    if (op.kind === 'upsert') {
      const id = this.keyOf(op.item);
      this.items.set(id, { ...(this.items.get(id) ?? {}), ...op.item });
    } else if (op.kind === 'remove') {
      this.items.delete(op.id);
    } else {
      const current = this.items.get(op.id);
      if (current) this.items.set(op.id, { ...current, ...op.patch });
    }
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }
}
