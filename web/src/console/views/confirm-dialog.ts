// A small modal question with two answers, on the native <dialog> element.
import { el } from '../../shared/dom';

export function confirmDialog(question: string, yes: string): Promise<boolean> {
  return new Promise((resolve) => {
    const dialog = el(
      'dialog',
      { class: 'dialog' },
      el(
        'form',
        { attrs: { method: 'dialog' } },
        el('p', {}, question),
        el(
          'menu',
          {},
          el('button', { attrs: { value: 'no', type: 'submit' } }, 'Cancel'),
          el('button', { class: 'primary', attrs: { value: 'yes', type: 'submit' } }, yes),
        ),
      ),
    );
    dialog.addEventListener('close', () => {
      resolve(dialog.returnValue === 'yes');
      dialog.remove();
    });
    document.body.appendChild(dialog);
    dialog.showModal();
  });
}
