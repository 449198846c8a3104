import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { MdkDeck, MdkSlide } from '../src/deck.js';
import { MdkKpiTile } from '../src/kpi-tile.js';

describe('server rendering (React 19, Node)', () => {
  it('renders the element with its plain attributes; element properties and shadow content come on the client', () => {
    const html = renderToString(<MdkKpiTile id="online" value={70} qualifier="more-than" unit="percent" label="online" />);
    expect(html).toBe('<mdk-kpi-tile id="online"></mdk-kpi-tile>');
  });

  it('renders children into the light DOM', () => {
    const html = renderToString(
      <MdkDeck label="Vortrag" onSlideChange={() => {}}>
        <MdkSlide heading="Eins">
          <p>Inhalt</p>
        </MdkSlide>
      </MdkDeck>,
    );
    expect(html).toBe('<mdk-deck><mdk-slide><p>Inhalt</p></mdk-slide></mdk-deck>');
  });
});
