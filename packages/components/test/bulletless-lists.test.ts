// The check the story sweep runs after every story: it must catch a bulletless list without its role,
// also inside a shadow root, and leave alone what Safari reads as a list.
import { describe, expect, it } from 'vitest';
import { bulletlessListsWithoutRole } from './bulletless-lists.js';

function container(markup: string): HTMLElement {
  const element = document.createElement('div');
  element.innerHTML = markup;
  document.body.append(element);
  return element;
}

describe('bulletlessListsWithoutRole', () => {
  it('reports a list drawn without bullets and without role="list", in the page and in a shadow root (the gate bites)', () => {
    const page = container('<ul style="list-style: none"><li>Impressum</li></ul><div id="host"></div>');
    const host = page.querySelector('#host')!.attachShadow({ mode: 'open' });
    host.innerHTML = '<style>ol { list-style: none }</style><ol part="links"><li>Datenschutz</li></ol>';
    expect(bulletlessListsWithoutRole(page)).toEqual(['<ul style="list-style: none"></ul>', '<ol part="links"></ol>']);
    page.remove();
  });

  it('accepts lists with bullets, and bulletless lists that say role="list"', () => {
    const page = container('<ul><li>mit Punkt</li></ul><ul role="list" style="list-style: none"><li>ohne Punkt</li></ul>');
    expect(bulletlessListsWithoutRole(page)).toEqual([]);
    page.remove();
  });
});
