import { html, nothing } from 'lit';
import '../kpi-group.js';
import '../kpi-tile.js';
import '../source-list.js';
import { exampleKeyFigureGroups, exampleSources, type ExampleFigure } from './key-figures.js';

type Language = 'de' | 'en';

export function renderFigure(figure: ExampleFigure, lang: Language) {
  return html`<mdk-kpi-tile
    value=${figure.value}
    qualifier=${figure.qualifier}
    unit=${figure.unit ?? nothing}
    notation=${figure.notation ?? nothing}
    label=${figure.label[lang]}
    source=${figure.source}
  ></mdk-kpi-tile>`;
}

/** The seed talk's key-figures slide, rebuilt from the kit: both groups, all 12 figures, the four sources. */
export function renderKeyFiguresSlide(lang: Language) {
  const title = lang === 'de' ? 'Digitalisierung in München bedeutet …' : 'Going digital in Munich means …';
  const titleId = `key-figures-title-${lang}`;
  return html`<section class="slide" aria-labelledby=${titleId}>
    <style>
      .slide {
        display: grid;
        gap: var(--mdk-space-6);
        max-width: 80rem;
        color: var(--mdk-color-text-default);
        font-family: var(--mdk-font-family-body);
      }
      .slide-title {
        margin: 0;
        color: var(--mdk-color-text-heading);
        font-family: var(--mdk-font-family-heading);
        font-size: var(--mdk-font-size-2xl);
        font-weight: var(--mdk-font-weight-heading);
        line-height: var(--mdk-font-line-height-heading);
      }
      .slide-groups {
        display: grid;
        gap: var(--mdk-space-7);
      }
    </style>
    <h2 id=${titleId} class="slide-title">${title}</h2>
    <div class="slide-groups">${renderKeyFigureGroups(lang)}</div>
    ${renderKeyFigureSources()}
  </section>`;
}

/** Both groups of the slide, each a `mdk-kpi-group` of its tiles, headings at level 3. */
export function renderKeyFigureGroups(lang: Language) {
  return exampleKeyFigureGroups.map(
    (group) =>
      html`<mdk-kpi-group heading=${group.heading[lang]} heading-level="3">
        ${group.figures.map((figure) => renderFigure(figure, lang))}
      </mdk-kpi-group>`,
  );
}

/** The slide's four sources. */
export function renderKeyFigureSources() {
  return html`<mdk-source-list heading-level="3">
    ${exampleSources.map((source) => html`<mdk-source number=${source.number}>${source.text}</mdk-source>`)}
  </mdk-source-list>`;
}
