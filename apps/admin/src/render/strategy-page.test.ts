import { createExampleDocument } from '@muenchen-digital/content';
import { render } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { renderStrategyPage } from './strategy-page.js';

/** What the form lets the team write shows on the page: the positioning's subtitle included. */
const hosts: HTMLElement[] = [];
afterEach(() => hosts.splice(0).forEach((host) => host.remove()));

function renderPage(strategy = createExampleDocument()) {
  const host = document.createElement('div');
  document.body.append(host);
  hosts.push(host);
  render(renderStrategyPage(strategy), host);
  return host;
}

describe('the strategy page', () => {
  it("shows a positioning's subtitle under its heading, and nothing where the subtitle is blank", () => {
    const strategy = createExampleDocument();
    const positioning = strategy.positionings.items[0]!;
    const section = renderPage(strategy).querySelector(`#positionierung-${positioning.id}`)!;
    const heading = section.querySelector('h2')!;
    expect(heading.textContent?.trim()).toBe(positioning.heading);
    const lead = section.querySelector('.strategy-lead');
    expect(lead?.textContent).toBe(positioning.subtitle);
    // In reading order, right after the heading.
    expect(heading.compareDocumentPosition(lead!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    positioning.subtitle = '   ';
    expect(renderPage(strategy).querySelector(`#positionierung-${positioning.id} .strategy-lead`)).toBeNull();
  });
});
