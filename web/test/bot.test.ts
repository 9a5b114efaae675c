import { describe, expect, it } from 'vitest';
import { answer, greeting, TALK_TO_A_HUMAN } from '../src/demo/bot';

describe('the demo bot', () => {
  it('greets with what it can do and offers a human', () => {
    expect(greeting().suggestions).toContain(TALK_TO_A_HUMAN);
  });

  it('answers its few questions', () => {
    expect(answer('When are you open?').text).toMatch(/08:00 to 20:00/);
    expect(answer('how long does delivery take').text).toMatch(/3 to 5 days/);
    expect(answer('I want a refund').text).toMatch(/30 days/);
    expect(answer('What are your opening hours?').handoff).toBeUndefined();
  });

  it('hands off when asked for a person, by button or in words', () => {
    expect(answer(TALK_TO_A_HUMAN).handoff).toBe(true);
    expect(answer('can I talk to a real person please').handoff).toBe(true);
    expect(answer('agent').handoff).toBe(true);
  });

  it('offers a human when it does not understand', () => {
    const reply = answer('blue llamas?');
    expect(reply.handoff).toBeUndefined();
    expect(reply.suggestions).toContain(TALK_TO_A_HUMAN);
  });
});
