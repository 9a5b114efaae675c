// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { ChatWidget } from '../src/demo/widget';

function form(root: HTMLElement) {
  const f = root.querySelector<HTMLFormElement>('form.leave-message')!;
  return {
    form: f,
    name: f.querySelector<HTMLInputElement>('input.leave-name')!,
    email: f.querySelector<HTMLInputElement>('input.leave-email')!,
    message: f.querySelector<HTMLTextAreaElement>('textarea.leave-text')!,
    button: f.querySelector<HTMLButtonElement>('button.leave-send')!,
    result: f.querySelector<HTMLElement>('.leave-result')!,
  };
}

describe('the demo widget offers to leave a message', () => {
  it('as a form with the name filled in, sending name, e-mail and message as typed', async () => {
    const root = document.createElement('div');
    const widget = new ChatWidget(
      root,
      () => undefined,
      () => undefined,
    );
    const submit = vi.fn(async () => null);
    widget.showLeaveMessage('Thandi', submit);
    const f = form(root);
    expect(f.name.value).toBe('Thandi');
    f.email.value = ' thandi@example.com ';
    f.message.value = 'Call me\nplease';
    f.form.dispatchEvent(new Event('submit', { cancelable: true }));
    await vi.waitFor(() => expect(submit).toHaveBeenCalledWith('Thandi', 'thandi@example.com', 'Call me\nplease'));
    await vi.waitFor(() => expect(f.result.textContent).toBe(''));
    expect(f.button.disabled).toBe(true); // taken: the end follows
  });

  it('shows why a message was refused and lets the visitor try again', async () => {
    const root = document.createElement('div');
    const widget = new ChatWidget(
      root,
      () => undefined,
      () => undefined,
    );
    widget.showLeaveMessage('', async () => 'Please give one valid e-mail address.');
    const f = form(root);
    f.form.dispatchEvent(new Event('submit', { cancelable: true }));
    await vi.waitFor(() => expect(f.result.textContent).toBe('Please give one valid e-mail address.'));
    expect(f.button.disabled).toBe(false);
  });
});
