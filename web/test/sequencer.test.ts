import { describe, expect, it } from 'vitest';
import { FrameSequencer } from '../src/console/live/sequencer';

describe('FrameSequencer', () => {
  it('starts from the first welcome and applies each following frame once, in order', () => {
    const s = new FrameSequencer();
    expect(s.welcome(7, false)).toBe('fresh');
    expect([8, 9, 9, 8, 10].map((seq) => s.accept(seq))).toEqual(['apply', 'apply', 'duplicate', 'duplicate', 'apply']);
    expect(s.lastSeq).toBe(10);
  });

  it('resumes after a reconnect without asking for a reload, dropping replayed frames it already applied', () => {
    const s = new FrameSequencer();
    s.welcome(0, false);
    s.accept(1);
    s.accept(2);
    expect(s.welcome(5, true)).toBe('resumed');
    expect([2, 3, 4, 5, 6].map((seq) => s.accept(seq))).toEqual(['duplicate', 'apply', 'apply', 'apply', 'apply']);
  });

  it('asks for a reload when the server knows less than the console (its frames were lost)', () => {
    const s = new FrameSequencer();
    s.welcome(10, false);
    expect(s.welcome(3, true)).toBe('fresh');
    expect(s.lastSeq).toBe(3);
    expect(s.accept(4)).toBe('apply');
  });

  it('reports a gap but still applies the frame, so the console reloads what it missed', () => {
    const s = new FrameSequencer();
    s.welcome(1, false);
    expect(s.accept(4)).toBe('gap');
    expect(s.accept(5)).toBe('apply');
    expect(s.accept(3)).toBe('duplicate');
  });
});
