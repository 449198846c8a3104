import { describe, expect, it } from 'vitest';
import { installationName, installationScope } from './installation.js';

describe('installation names', () => {
  it('keep the names every earlier version used at the origin’s root, and name each path’s own', () => {
    expect(installationName(undefined, 'https://stadt.example/')).toBe('muenchen-digital-admin');
    expect(installationName('working-document', 'https://stadt.example/index.html')).toBe('muenchen-digital-admin/working-document');
    expect(installationName('working-document', 'https://stadt.example/test/')).toBe('muenchen-digital-admin:/test/working-document');
    // The preview page sits beside the app's page: the same installation.
    expect(installationScope('https://stadt.example/live/preview.html?view=page')).toBe(installationScope('https://stadt.example/live/'));
  });
});
