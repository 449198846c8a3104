/** Registers `<mdk-kpi-tile>` and exports its class and types. */
export * from './kpi-tile/kpi-tile.js';
export * from './kpi-tile/kpi-tile.types.js';
export { formatFigure, type FigureInput, type FormattedFigure } from './kpi-tile/format-figure.js';
