// An offer from routing (AUTO_WITH_OFFER): a modal with the request, a countdown and Accept / Decline.
import { el, replace } from '../../shared/dom';
import type { PendingItem } from '../types';

export interface OfferFrame extends Partial<PendingItem> {
  conversationId: string;
  expiresAt: string;
}

/** Each answers true when the offer is settled (the dialog closes), false to leave it open (e.g. at capacity). */
export interface OfferAnswers {
  accept(conversationId: string): Promise<boolean>;
  decline(conversationId: string): Promise<boolean>;
}

/** Seconds left until the deadline, never below zero. */
export function secondsLeft(expiresAt: string, now: number = Date.now()): number {
  const at = Date.parse(expiresAt);
  return Number.isFinite(at) ? Math.max(0, Math.ceil((at - now) / 1000)) : 0;
}

/** One open offer at a time (routing offers an agent one conversation at a time); a new one replaces it. */
export class OfferDialog {
  private dialog: HTMLDialogElement | null = null;
  private offer: OfferFrame | null = null;
  private timer: number | undefined;
  private answering = false;

  constructor(
    private readonly answers: OfferAnswers,
    private readonly now: () => number = Date.now,
  ) {}

  get openFor(): string | null {
    return this.offer?.conversationId ?? null;
  }

  show(offer: OfferFrame): void {
    this.close();
    this.offer = offer;
    this.answering = false;
    this.dialog = el('dialog', { class: 'dialog offer-dialog', attrs: { 'aria-label': 'Chat offered to you' } });
    document.body.appendChild(this.dialog);
    this.render();
    this.dialog.showModal?.();
    this.timer = window.setInterval(() => this.tick(), 1000);
  }

  /** Closes the dialog if it shows this conversation's offer (any when none is given). */
  close(conversationId?: string): void {
    if (conversationId && this.offer?.conversationId !== conversationId) return;
    window.clearInterval(this.timer);
    this.dialog?.close?.();
    this.dialog?.remove();
    this.dialog = null;
    this.offer = null;
  }

  private tick(): void {
    if (!this.offer) return;
    // At zero the dialog stays until routing says the offer ended (offer.ended), so nothing is guessed here.
    this.render();
  }

  private async answer(accept: boolean): Promise<void> {
    const offer = this.offer;
    if (!offer || this.answering) return;
    this.answering = true;
    this.render();
    try {
      const settled = accept
        ? await this.answers.accept(offer.conversationId)
        : await this.answers.decline(offer.conversationId);
      if (settled) this.close(offer.conversationId);
    } finally {
      this.answering = false;
      if (this.offer === offer) this.render();
    }
  }

  private render(): void {
    const offer = this.offer;
    if (!this.dialog || !offer) return;
    const left = secondsLeft(offer.expiresAt, this.now());
    replace(
      this.dialog,
      el('h2', {}, 'A chat is offered to you'),
      el(
        'p',
        { class: 'offer-visitor' },
        offer.visitorName || 'Anonymous',
        offer.botName ? ` · ${offer.botName}` : '',
        offer.team ? ` · ${offer.team}` : '',
      ),
      offer.preview ? el('p', { class: 'offer-preview' }, offer.preview) : null,
      el(
        'p',
        { class: 'offer-countdown', attrs: { role: 'timer', 'aria-live': 'polite' } },
        left > 0 ? `${left} s left to answer` : 'Time is up',
      ),
      el(
        'menu',
        {},
        el(
          'button',
          {
            class: 'decline',
            attrs: { type: 'button', disabled: this.answering },
            on: { click: () => void this.answer(false) },
          },
          'Decline',
        ),
        el(
          'button',
          {
            class: 'primary accept',
            attrs: { type: 'button', disabled: this.answering || left === 0 },
            on: { click: () => void this.answer(true) },
          },
          'Accept',
        ),
      ),
    );
  }
}
