// The check the story sweep runs after every story: it must catch text in an unmeasured pair.
import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import '../src/kpi-tile.js';
import { fixture } from './fixtures.js';
import { findUndeclaredColourPairs } from './rendered-colour-pairs.js';

describe('findUndeclaredColourPairs', () => {
  it('accepts a tile in the München light theme: every pair it renders is declared and meets its minimum', async () => {
    const container = await fixture<HTMLElement>(
      html`<div><mdk-kpi-tile value="70" qualifier="more-than" unit="percent" label="wollen" source="4"></mdk-kpi-tile></div>`,
    );
    expect(findUndeclaredColourPairs(container, 'muenchen', 'light')).toEqual([]);
  });

  it('reports text in a colour pair the tokens table lacks (the gate bites)', async () => {
    const container = await fixture<HTMLElement>(
      html`<div><p style="color: var(--mdk-color-status-success)">Gespeichert und veröffentlicht</p></div>`,
    );
    const problems = findUndeclaredColourPairs(container, 'muenchen', 'light');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ element: 'p', foreground: '#3a7f53', background: '#ffffff' });
    expect(problems[0]!.problem).toContain('not in the tokens package contrast table');
  });

  it('reports a declared pair resolved in the wrong mode: dark values on a light page', async () => {
    const container = await fixture<HTMLElement>(
      html`<div><mdk-kpi-tile value="1" label="Beschäftigte"></mdk-kpi-tile></div>`,
    );
    expect(findUndeclaredColourPairs(container, 'muenchen', 'dark').length).toBeGreaterThan(0);
  });
});
