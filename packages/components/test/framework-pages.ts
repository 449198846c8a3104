// What the framework tests (in-vue, in-angular) compare a framework's page with: the same markup
// as plain HTML, and what a screen reader gets from each.
import { accessibilityTreeOf, spokenText } from './accessibility.js';
import { settle } from './fixtures.js';

/** Key figures with a source and a tag list, written as in HTML; a framework's template takes the same text. */
export const keyFiguresMarkup = `<mdk-kpi-group heading="Musterstadt in Zahlen" heading-level="3">
    <mdk-kpi-tile value="1600000" qualifier="approx" notation="compact" label="Bürger*innen" source="2" as-of="2025"></mdk-kpi-tile>
    <mdk-kpi-tile value="70" qualifier="more-than" unit="percent" label="der Leistungen online"></mdk-kpi-tile>
  </mdk-kpi-group>
  <mdk-source-list heading-level="3"><mdk-source number="2" href="https://example.org/statistik">Statistisches Amt</mdk-source></mdk-source-list>
  <mdk-tag-list heading="Themen" no-heading tags='["Klimakrise", "Mobilität"]'></mdk-tag-list>`;

/** `markup` as a plain HTML page (lang="de"), rendered. */
export async function mountHtml(markup: string): Promise<HTMLElement> {
  const container = document.createElement('div');
  container.lang = 'de';
  container.innerHTML = markup;
  document.body.append(container);
  await settle(container);
  return container;
}

/** What a screen reader gets from one element. */
export async function readOut(element: Element): Promise<string> {
  return spokenText(await accessibilityTreeOf(element));
}

/** What a screen reader gets from each element of the key-figures page in `container`, in order. */
export async function readAloud(container: HTMLElement): Promise<string[]> {
  return Promise.all([...container.querySelectorAll('mdk-kpi-group, mdk-source-list, mdk-tag-list')].map(readOut));
}
