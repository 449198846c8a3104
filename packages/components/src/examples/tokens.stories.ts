import {
  contrastPairs,
  contrastRatio,
  minimumContrast,
  tokenValues,
  type ThemeMode,
  type ThemeName,
} from '@muenchen-digital/tokens';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

const cssVar = (path: string) => `var(--mdk-${path.replaceAll('.', '-')})`;

const styles = html`<style>
  /* One column that may shrink below its content: a wide table scrolls in its own box, not the page. */
  .tokens {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--mdk-space-6);
    color: var(--mdk-color-text-default);
    font-family: var(--mdk-font-family-body);
  }
  .tokens h2 {
    margin: 0;
    color: var(--mdk-color-text-heading);
    font-family: var(--mdk-font-family-heading);
  }
  .tokens table {
    border-collapse: collapse;
    width: 100%;
  }
  .tokens th,
  .tokens td {
    padding: var(--mdk-space-2);
    border-bottom: 1px solid var(--mdk-color-border-decorative);
    text-align: start;
    vertical-align: middle;
  }
  .tokens code {
    font-size: var(--mdk-font-size-sm);
    overflow-wrap: anywhere;
  }
  /* Swatches show the token colours themselves, also where the system forces its own. */
  .sample {
    forced-color-adjust: none;
    display: inline-block;
    min-width: 4rem;
    padding: var(--mdk-space-2) var(--mdk-space-3);
    border: 1px solid var(--mdk-color-border-control);
    font-weight: var(--mdk-font-weight-bold);
  }
  .bar {
    display: block;
    height: 0.5rem;
    min-width: 4rem;
  }
  .space {
    display: block;
    height: 1rem;
    background: var(--mdk-color-accent-default);
  }
  .tokens section {
    min-width: 0;
  }
  /* A scrollable region: reachable by keyboard (tabindex="0") and named, so it can be scrolled without a mouse. */
  .table-scroll {
    max-width: 100%;
    overflow-x: auto;
  }
  .table-scroll:focus-visible {
    outline: 3px solid var(--mdk-color-focus-ring);
    outline-offset: 2px;
  }
  .table-scroll table {
    min-width: 36rem;
  }
</style>`;

function renderPairs(theme: ThemeName, mode: ThemeMode) {
  const values = tokenValues[theme][mode];
  return html`<div class="table-scroll" role="region" aria-labelledby="pairs-heading" tabindex="0">
    <table>
      <thead>
        <tr>
          <th scope="col">Sample</th>
          <th scope="col">Foreground on background</th>
          <th scope="col">Use</th>
          <th scope="col">Contrast</th>
          <th scope="col">Needed</th>
        </tr>
      </thead>
      <tbody>
        ${contrastPairs.map((pair) => {
          const ratio = contrastRatio(String(values[pair.foreground]), String(values[pair.background]));
          const isText = pair.use === 'text' || pair.use === 'large-text';
          const sample = isText
            ? html`<span class="sample" style="color: ${cssVar(pair.foreground)}; background: ${cssVar(pair.background)}">Aa 12</span>`
            : html`<span class="sample" style="background: ${cssVar(pair.background)}"
                ><span class="bar" style="background: ${cssVar(pair.foreground)}"></span
              ></span>`;
          return html`<tr>
            <td>${sample}</td>
            <td><code>${pair.foreground}</code> on <code>${pair.background}</code><br />${pair.where}</td>
            <td>${pair.use}</td>
            <td>${ratio.toFixed(2)}:1</td>
            <td>${pair.use === 'decorative' ? 'none (decorative)' : `${minimumContrast(pair.use, mode)}:1`}</td>
          </tr>`;
        })}
      </tbody>
    </table>
  </div>`;
}

const typeScale = ['sm', 'md', 'lg', 'xl', '2xl', '3xl', 'display'];
const spaceScale = ['1', '2', '3', '4', '5', '6', '7', '8'];

/**
 * The theme's tokens as designers check them: every colour pair a component uses with its measured
 * contrast in the theme and mode chosen in the toolbar, the type scale and the spacing scale.
 */
const meta = {
  title: 'Foundations/Tokens',
  render: (_args, context) => {
    const theme = context.globals.theme as ThemeName;
    const mode = context.globals.mode as ThemeMode;
    const values = tokenValues[theme][mode];
    return html`${styles}
      <div class="tokens">
        <section>
          <h2 id="pairs-heading">Colour pairs: ${theme}, ${mode}</h2>
          <p>Each pair a component puts together, measured in this theme and mode. The token tests fail below the minimum.</p>
          ${renderPairs(theme, mode)}
        </section>
        <section>
          <h2>Type scale</h2>
          ${typeScale.map(
            (step) =>
              html`<p style="margin: var(--mdk-space-2) 0; font-size: var(--mdk-font-size-${step}); line-height: 1.2">
                <code>--mdk-font-size-${step}</code> (${values[`font.size.${step}`]}) Digitale Souveränität
              </p>`,
          )}
          <p style="font-family: var(--mdk-font-family-heading); font-weight: var(--mdk-font-weight-heading); font-size: var(--mdk-font-size-xl)">
            Heading font: ${values['font.family.heading']}
          </p>
          <p>Body font: ${values['font.family.body']}</p>
        </section>
        <section>
          <h2>Spacing</h2>
          <table>
            <tbody>
              ${spaceScale.map(
                (step) => html`<tr>
                  <th scope="row"><code>--mdk-space-${step}</code></th>
                  <td>${values[`space.${step}`]}</td>
                  <td style="width: 60%"><span class="space" style="width: var(--mdk-space-${step})"></span></td>
                </tr>`,
              )}
            </tbody>
          </table>
        </section>
      </div>`;
  },
} satisfies Meta;

export default meta;

export const Tokens: StoryObj = {};
