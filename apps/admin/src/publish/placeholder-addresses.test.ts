import { createExampleDocument } from '@muenchen-digital/content';
import { describe, expect, it } from 'vitest';
import { placeholderAddresses } from './placeholder-addresses.js';

describe('placeholderAddresses', () => {
  it('finds every address of the example on a domain reserved for examples, in the document’s order', () => {
    expect(placeholderAddresses(createExampleDocument()).map((path) => path.join('.'))).toEqual([
      'organisation.imprintHref',
      'organisation.privacyHref',
      'organisation.accessibilityHref',
      'channels.items.0.href',
      'channels.items.1.href',
      'channels.items.2.href',
      'channels.items.3.href',
      'contact.email',
    ]);
  });

  it.each([
    'https://example.org/impressum',
    'http://www.example.com/',
    'https://stadt.example/datenschutz',
    'https://portal.test',
    'mailto:digital@example.net?subject=Frage',
    'presse@example.org',
    'https://EXAMPLE.ORG/',
  ])('takes %s for a placeholder', (address) => {
    const document = createExampleDocument();
    document.organisation.imprintHref = address;
    expect(placeholderAddresses(document).map((path) => path.join('.'))).toContain('organisation.imprintHref');
  });

  it.each([
    'https://www.muenchen.de/impressum',
    'https://example.org.muenchen.de/',
    'https://myexample.org/',
    '/impressum',
    '',
    'Mehr unter example.org',
  ])('leaves %s alone', (address) => {
    const document = createExampleDocument();
    document.organisation.imprintHref = address;
    expect(placeholderAddresses(document).map((path) => path.join('.'))).not.toContain('organisation.imprintHref');
  });
});
