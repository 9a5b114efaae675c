// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { el, escapeHtml, messageText } from '../src/shared/dom';

const ATTACK = '<img src=x onerror="alert(1)"><script>alert(2)</script>';

describe('text is shown as text', () => {
  it('el() puts strings in as text nodes, never markup', () => {
    const p = el('p', {}, ATTACK);
    expect(p.textContent).toBe(ATTACK);
    expect(p.querySelector('img, script')).toBeNull();
    expect(p.innerHTML).toBe('&lt;img src=x onerror="alert(1)"&gt;&lt;script&gt;alert(2)&lt;/script&gt;');
  });

  it('el() refuses inline event handler attributes', () => {
    expect(() => el('a', { attrs: { onclick: 'alert(1)' } })).toThrow(/props.on/);
  });

  it('messageText keeps line breaks and makes only http(s) links clickable', () => {
    const holder = el('div', {}, messageText(`${ATTACK}\nsee https://example.com/a?b=1. or javascript:alert(3)`));
    expect(holder.querySelector('img, script')).toBeNull();
    expect(holder.querySelectorAll('br')).toHaveLength(1);
    const links = holder.querySelectorAll('a');
    expect(links).toHaveLength(1);
    expect(links[0].getAttribute('href')).toBe('https://example.com/a?b=1');
    expect(links[0].getAttribute('rel')).toBe('noopener noreferrer');
    expect(holder.textContent).toBe(`${ATTACK}see https://example.com/a?b=1. or javascript:alert(3)`);
  });

  it('a link text cannot break out of its attribute', () => {
    const holder = el('div', {}, messageText('https://example.com/"><script>alert(1)</script>'));
    expect(holder.querySelector('script')).toBeNull();
    expect(holder.querySelector('a')?.getAttribute('href')).toBe('https://example.com/');
  });

  it('escapeHtml escapes the five characters that matter', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;');
  });
});
