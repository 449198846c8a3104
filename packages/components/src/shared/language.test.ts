import { afterEach, describe, expect, it } from 'vitest';
import { resolveLanguage } from './language.js';

const cleanups: (() => void)[] = [];

afterEach(() => {
  cleanups.splice(0).forEach((cleanup) => cleanup());
});

/** A `<span>` inside `<div lang=…>` in the document; `lang` null leaves the attribute off. */
function elementUnder(lang: string | null): Element {
  const container = document.createElement('div');
  if (lang !== null) container.lang = lang;
  container.append(document.createElement('span'));
  document.body.append(container);
  cleanups.push(() => container.remove());
  return container.firstElementChild!;
}

describe('resolveLanguage', () => {
  it.each([
    ['de', 'de'],
    ['de-AT', 'de'],
    ['EN', 'en'],
    ['en-GB', 'en'],
    ['fr', 'de'],
    ['', 'de'],
    // "english" is not "en" followed by a subtag: it is no English.
    ['english', 'de'],
  ])('reduces lang="%s" to %s', (lang, expected) => {
    expect(resolveLanguage(elementUnder(lang))).toBe(expected);
  });

  it('takes the nearest lang, through nested shadow roots to their hosts', () => {
    const outerHost = elementUnder('en');
    const outer = outerHost.attachShadow({ mode: 'open' });
    outer.innerHTML = '<section><p></p></section>';
    const innerHost = outer.querySelector('p')!;
    const inner = innerHost.attachShadow({ mode: 'open' });
    inner.innerHTML = '<span></span>';
    expect(resolveLanguage(inner.querySelector('span')!)).toBe('en');
    outer.querySelector('section')!.lang = 'de';
    expect(resolveLanguage(inner.querySelector('span')!)).toBe('de');
  });

  it('falls back to the document\'s declared content language when no element has a lang', () => {
    const root = document.documentElement;
    const rootLang = root.getAttribute('lang');
    root.removeAttribute('lang');
    const pragma = Object.assign(document.createElement('meta'), { httpEquiv: 'content-language', content: 'en' });
    document.head.append(pragma);
    cleanups.push(() => {
      pragma.remove();
      if (rootLang !== null) root.setAttribute('lang', rootLang);
    });
    expect(resolveLanguage(elementUnder(null))).toBe('en');
  });
});
