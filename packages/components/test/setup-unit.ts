// Unit tests run on a page themed like a real one: the München theme at document level.
import '@muenchen-digital/tokens/muenchen.css';
import { afterEach } from 'vitest';
import { cleanupFixtures } from './fixtures.js';

document.documentElement.lang = 'de';
document.body.style.margin = '0';
document.body.style.background = 'var(--mdk-color-surface-default)';

afterEach(() => {
  cleanupFixtures();
});
