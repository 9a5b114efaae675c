// Per-agent frame numbering of /ws/agent: every frame with a `seq` is applied exactly once, in order, across
// reconnects. The server numbers an agent's frames 1, 2, 3, ... without gaps and replays those after `afterSeq`.

export type Verdict = 'apply' | 'duplicate' | 'gap';
export type WelcomeVerdict = 'fresh' | 'resumed';

export class FrameSequencer {
  private last: number | null = null;

  /** The newest seq applied: what to resume after. Null before the first welcome. */
  get lastSeq(): number | null {
    return this.last;
  }

  /**
   * A socket said welcome. `resumed` is true when it was opened with our `afterSeq`. Answers 'fresh' when the
   * console must (re)load its state over REST: the first socket, or a server that no longer knows our place.
   */
  welcome(serverLastSeq: number, resumed: boolean): WelcomeVerdict {
    if (this.last === null || !resumed || serverLastSeq < this.last) {
      this.last = serverLastSeq;
      return 'fresh';
    }
    return 'resumed';
  }

  /** Whether a frame is new ('apply'), was seen ('duplicate'), or is new but frames before it are missing ('gap'). */
  accept(seq: number): Verdict {
    if (this.last !== null && seq <= this.last) return 'duplicate';
    const verdict: Verdict = this.last === null || seq === this.last + 1 ? 'apply' : 'gap';
    this.last = seq;
    return verdict;
  }
}
