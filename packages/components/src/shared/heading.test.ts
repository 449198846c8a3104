import { html, render } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderHeading, resolveHeadingLevel } from './heading.js';

function rendered(template: unknown): Element {
  const container = document.createElement('div');
  render(template, container);
  return container.firstElementChild!;
}

describe('renderHeading', () => {
  it('gives a heading of the level with class and part "heading", and no id', () => {
    const heading = rendered(renderHeading(3, 'Menschen'));
    expect(heading.localName).toBe('h3');
    expect([heading.getAttribute('class'), heading.getAttribute('part'), heading.hasAttribute('id')]).toEqual(['heading', 'heading', false]);
    expect(heading.textContent).toBe('Menschen');
  });

  it('takes an id, another part and class, and a template as its content', () => {
    const heading = rendered(
      renderHeading(5, html`<a href="#x">Titel</a>`, { id: 'title', part: 'section-heading', className: 'section-heading' }),
    );
    expect(heading.localName).toBe('h5');
    expect([heading.id, heading.getAttribute('class'), heading.getAttribute('part')]).toEqual(['title', 'section-heading', 'section-heading']);
    expect(heading.querySelector('a')?.textContent).toBe('Titel');
  });
});

describe('resolveHeadingLevel', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('takes an allowed level, from the attribute\'s text or a number', () => {
    const element = document.createElement('div');
    expect(resolveHeadingLevel(element, '4', 2, [2, 3, 4])).toBe(4);
    expect(resolveHeadingLevel(element, 3, 2, [2, 3, 4])).toBe(3);
  });

  it('falls back for a bad level, warning once', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const element = document.createElement('div');
    expect(resolveHeadingLevel(element, '9', 2, [2, 3, 4, 5, 6])).toBe(2);
    expect(resolveHeadingLevel(element, 'zwei', 2, [2, 3, 4, 5, 6])).toBe(2);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toContain('heading-level="9" is not one of 2, 3, 4, 5, 6; level 2 is used.');
  });

  it('falls back without a warning for a removed attribute (null) or a property set to nothing', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const element = document.createElement('div');
    expect(resolveHeadingLevel(element, null, 3)).toBe(3);
    expect(resolveHeadingLevel(element, undefined, 3)).toBe(3);
    // Vue sets a text prop it takes away to ''.
    expect(resolveHeadingLevel(element, '', 3)).toBe(3);
    expect(resolveHeadingLevel(element, '  ', 3)).toBe(3);
    expect(warn).not.toHaveBeenCalled();
  });

  it('quotes the attribute as written for a text its converter read as NaN, and a level set as a property as set', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const byAttribute = document.createElement('div');
    byAttribute.setAttribute('heading-level', 'drei');
    expect(resolveHeadingLevel(byAttribute, Number.NaN, 2)).toBe(2);
    // The attribute may be stale when the property was set after it (an element that does not reflect it).
    const byProperty = document.createElement('div');
    byProperty.setAttribute('heading-level', '3');
    expect(resolveHeadingLevel(byProperty, 9, 2)).toBe(2);
    expect(warn.mock.calls.map(([message]) => String(message).match(/heading-level="[^"]*"/)?.[0])).toEqual([
      'heading-level="drei"',
      'heading-level="9"',
    ]);
  });
});
