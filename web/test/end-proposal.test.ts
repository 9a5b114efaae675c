// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { ChatWidget } from '../src/demo/widget';

describe("the demo widget shows the agent's proposal to end", () => {
  it('as the end button, which confirms once clicked, while the visitor can still write', () => {
    const root = document.createElement('div');
    const widget = new ChatWidget(
      root,
      () => undefined,
      () => undefined,
    );
    widget.enableInput(true);
    const confirm = vi.fn();

    widget.showEndProposal('Yes, end chat', confirm);
    const button = root.querySelector<HTMLButtonElement>('button.confirm-end');
    expect(button?.textContent).toBe('Yes, end chat');
    expect(root.querySelector<HTMLInputElement>('input[aria-label="Message"]')?.disabled).toBe(false);
    button?.click();
    expect(confirm).toHaveBeenCalledOnce();
  });

  it('and takes the button away when the proposal is withdrawn', () => {
    const root = document.createElement('div');
    const widget = new ChatWidget(
      root,
      () => undefined,
      () => undefined,
    );
    widget.showEndProposal(null, () => undefined);
    expect(root.querySelector('button.confirm-end')?.textContent).toBe('End chat');

    widget.hideEnd();
    expect(root.querySelector('button.confirm-end')).toBeNull();
  });
});
