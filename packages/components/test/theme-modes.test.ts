// The theme contract as a browser applies it: modes by the user's media preferences, unless a page
// forces one with data-mdk-mode. The unit-test page links the München theme (test/setup-unit.ts).
import { tokenValues } from '@muenchen-digital/tokens';
import { afterEach, describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';

const surface = (element: Element = document.documentElement) =>
  getComputedStyle(element).getPropertyValue('--mdk-color-surface-default').trim();
const scheme = (element: Element = document.documentElement) => getComputedStyle(element).colorScheme;
const muenchen = tokenValues.muenchen;

afterEach(async () => {
  await commands.emulateMedia({ media: null, colorScheme: 'light', contrast: 'no-preference' });
  document.querySelector('[data-test-mode]')?.remove();
});

describe('theme modes', () => {
  it('is light by default', async () => {
    await commands.emulateMedia({ colorScheme: 'light', contrast: 'no-preference' });
    expect(surface()).toBe(muenchen.light['color.surface.default']);
    expect(scheme()).toBe('light');
  });

  it('turns dark under prefers-color-scheme: dark', async () => {
    await commands.emulateMedia({ colorScheme: 'dark', contrast: 'no-preference' });
    expect(surface()).toBe(muenchen.dark['color.surface.default']);
    expect(scheme()).toBe('dark');
  });

  it('prints light from a dark screen: paper is white, and a dark page saved as PDF would be a dark sheet', async () => {
    await commands.emulateMedia({ media: 'print', colorScheme: 'dark', contrast: 'no-preference' });
    expect(surface()).toBe(muenchen.light['color.surface.default']);
    expect(scheme()).toBe('light');
    // Forced by the page, dark prints dark: that is what it asked for.
    const forced = document.createElement('div');
    forced.dataset.testMode = '';
    forced.dataset.mdkMode = 'dark';
    document.body.append(forced);
    expect(surface(forced)).toBe(muenchen.dark['color.surface.default']);
  });

  it('turns high contrast under prefers-contrast: more, also when dark is asked for too', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await commands.emulateMedia({ colorScheme, contrast: 'more' });
      expect(surface(), colorScheme).toBe(muenchen['high-contrast']['color.surface.default']);
      expect(getComputedStyle(document.documentElement).getPropertyValue('--mdk-color-text-default').trim()).toBe(
        muenchen['high-contrast']['color.text.default'],
      );
      // The page canvas follows: a dark canvas under light colours would break every contrast.
      expect(scheme(), colorScheme).toBe('light');
    }
  });

  it('lets data-mdk-mode on any ancestor force a mode against the user preference', async () => {
    await commands.emulateMedia({ colorScheme: 'dark', contrast: 'more' });
    const forced = document.createElement('div');
    forced.dataset.testMode = '';
    forced.dataset.mdkMode = 'dark';
    forced.innerHTML = '<p>x</p><div data-mdk-mode="light"><p>y</p></div>';
    document.body.append(forced);
    expect(surface(forced.querySelector('p')!)).toBe(muenchen.dark['color.surface.default']);
    expect(scheme(forced)).toBe('dark');
    expect(surface(forced.querySelector('[data-mdk-mode="light"] p')!)).toBe(muenchen.light['color.surface.default']);
  });
});
