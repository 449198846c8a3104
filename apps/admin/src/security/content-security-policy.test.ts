import { describe, expect, it } from 'vitest';
import { appContentSecurityPolicy, publishedSiteContentSecurityPolicy } from './content-security-policy.js';

/**
 * Each directive of both policies, written out: a directive dropped or widened (a published site
 * that may set its own <base> or send a form elsewhere) fails here, not only when a browser test
 * happens to try it. The end-to-end tests (csp.test.ts, publish.test.ts) show the policies at work.
 */
describe('the Content Security Policies', () => {
  it('lets the published site load nothing but its own files and the inline styles it was published with', () => {
    expect(publishedSiteContentSecurityPolicy(['abc=', 'def='])).toBe(
      "default-src 'none'; script-src 'none'; style-src 'self' 'sha256-abc=' 'sha256-def='; img-src 'self' data: https:; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'",
    );
  });

  it("lets the app run its own scripts only, through Lit's Trusted Types policy", () => {
    expect(appContentSecurityPolicy).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: https:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html",
    );
  });
});
