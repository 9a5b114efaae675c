// Building DOM nodes without HTML strings: every piece of text becomes a Text node (textContent), so
// whatever a visitor, an agent or a bot wrote is shown as written and never parsed as markup.

export type Child = Node | string | number | null | undefined | false;

export interface Props {
  class?: string;
  /** Attributes, set with setAttribute (never event handlers: use `on`). */
  attrs?: Record<string, string | boolean | undefined>;
  data?: Record<string, string>;
  on?: { [K in keyof HTMLElementEventMap]?: (event: HTMLElementEventMap[K]) => void };
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.class) node.className = props.class;
  for (const [name, value] of Object.entries(props.attrs ?? {})) {
    if (name.toLowerCase().startsWith('on')) throw new Error(`event handler attribute ${name}: use props.on`);
    if (value === true) node.setAttribute(name, '');
    else if (typeof value === 'string') node.setAttribute(name, value);
  }
  Object.assign(node.dataset, props.data ?? {});
  for (const [type, listener] of Object.entries(props.on ?? {})) {
    node.addEventListener(type, listener as EventListener);
  }
  append(node, ...children);
  return node;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(
      typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child,
    );
  }
}

/** Replaces every child of `parent`. */
export function replace(parent: Node, ...children: Child[]): void {
  while (parent.firstChild) parent.removeChild(parent.firstChild);
  append(parent, ...children);
}

const LINK = /\bhttps?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)\]]/g;

/**
 * A message text as nodes: line breaks kept, http(s) links clickable (opened in a new tab without access
 * to this page); everything else is text.
 */
export function messageText(text: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const lines = text.split('\n');
  lines.forEach((line, index) => {
    if (index > 0) fragment.appendChild(document.createElement('br'));
    let last = 0;
    for (const match of line.matchAll(LINK)) {
      const at = match.index ?? 0;
      append(fragment, line.slice(last, at));
      fragment.appendChild(
        el('a', { attrs: { href: match[0], target: '_blank', rel: 'noopener noreferrer' } }, match[0]),
      );
      last = at + match[0].length;
    }
    append(fragment, line.slice(last));
  });
  return fragment;
}

/** The HTML-escaped form of a text, for the rare places that need markup text (never used with innerHTML here). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`#${id} is missing from the page`);
  return found as T;
}
