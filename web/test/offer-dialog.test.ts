// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OfferDialog, secondsLeft } from '../src/console/views/offer-dialog';

const NOW = Date.parse('2026-03-02T10:00:00Z');

function buttons(): { accept: HTMLButtonElement; decline: HTMLButtonElement } {
  return {
    accept: document.querySelector<HTMLButtonElement>('.offer-dialog button.accept')!,
    decline: document.querySelector<HTMLButtonElement>('.offer-dialog button.decline')!,
  };
}

describe('the offer dialog', () => {
  afterEach(() => {
    document.body.innerHTML = '';
    vi.useRealTimers();
  });

  it('counts the seconds left and never below zero', () => {
    expect(secondsLeft('2026-03-02T10:00:30Z', NOW)).toBe(30);
    expect(secondsLeft('2026-03-02T10:00:00.200Z', NOW)).toBe(1);
    expect(secondsLeft('2026-03-02T09:59:00Z', NOW)).toBe(0);
    expect(secondsLeft('not a time', NOW)).toBe(0);
  });

  it('shows the request with a live countdown and closes once accepted', async () => {
    vi.useFakeTimers();
    vi.setSystemTime(NOW);
    const accept = vi.fn().mockResolvedValue(true);
    const dialog = new OfferDialog({ accept, decline: vi.fn() });
    dialog.show({
      conversationId: 'c1',
      expiresAt: '2026-03-02T10:00:30Z',
      visitorName: 'Thandi',
      preview: 'Where is my order?',
      botName: 'Helper',
    });

    expect(document.querySelector('.offer-visitor')!.textContent).toContain('Thandi');
    expect(document.querySelector('.offer-preview')!.textContent).toBe('Where is my order?');
    expect(document.querySelector('.offer-countdown')!.textContent).toBe('30 s left to answer');
    vi.advanceTimersByTime(5000);
    expect(document.querySelector('.offer-countdown')!.textContent).toBe('25 s left to answer');

    buttons().accept.click();
    await vi.waitFor(() => expect(accept).toHaveBeenCalledWith('c1'));
    await vi.waitFor(() => expect(document.querySelector('.offer-dialog')).toBeNull());
    expect(dialog.openFor).toBeNull();
  });

  it('stays open when the accept could not settle it, and a decline closes it', async () => {
    const decline = vi.fn().mockResolvedValue(true);
    const dialog = new OfferDialog({ accept: vi.fn().mockResolvedValue(false), decline }, () => NOW);
    dialog.show({ conversationId: 'c2', expiresAt: '2026-03-02T10:00:30Z' });

    buttons().accept.click();
    await vi.waitFor(() => expect(buttons().accept.disabled).toBe(false));
    expect(dialog.openFor).toBe('c2');

    buttons().decline.click();
    await vi.waitFor(() => expect(decline).toHaveBeenCalledWith('c2'));
    await vi.waitFor(() => expect(dialog.openFor).toBeNull());
  });

  it('at zero accepting is off until routing ends the offer, and only that offer closes it', () => {
    const dialog = new OfferDialog({ accept: vi.fn(), decline: vi.fn() }, () => NOW);
    dialog.show({ conversationId: 'c3', expiresAt: '2026-03-02T09:59:59Z' });
    expect(document.querySelector('.offer-countdown')!.textContent).toBe('Time is up');
    expect(buttons().accept.disabled).toBe(true);

    dialog.close('another');
    expect(dialog.openFor).toBe('c3');
    dialog.close('c3');
    expect(document.querySelector('.offer-dialog')).toBeNull();
  });
});
