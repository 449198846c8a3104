// The key-figures slide of the talk "Von der Strategie zum Handeln" (IT-Referat München, 2025):
// the figures, groups and sources as the stories and tests rebuild it. Not part of the package's API.
import type { KpiNotation, KpiQualifier, KpiUnit } from '../kpi-tile/kpi-tile.types.js';

export interface ExampleFigure {
  value: number;
  qualifier: KpiQualifier;
  unit?: KpiUnit;
  notation?: KpiNotation;
  label: { de: string; en: string };
  source: string;
}

export interface ExampleGroup {
  heading: { de: string; en: string };
  figures: ExampleFigure[];
}

export const exampleSources = [
  { number: '1', text: 'digital-Index der Initiative D21 (2024/2025)' },
  { number: '2', text: 'Landeshauptstadt München' },
  { number: '3', text: 'Statistisches Landesamt Bayern' },
  { number: '4', text: 'eGovernment Monitor, Initiative D21' },
];

export const exampleKeyFigureGroups: ExampleGroup[] = [
  {
    heading: { de: 'NUTZER*INNEN', en: 'USERS' },
    figures: [
      { value: 1600000, qualifier: 'approx', notation: 'compact', label: { de: 'Bürger*innen', en: 'residents' }, source: '2' },
      { value: 90000, qualifier: 'approx', label: { de: 'Unternehmen', en: 'businesses' }, source: '3' },
      {
        value: 49,
        qualifier: 'more-than',
        unit: 'percent',
        label: { de: 'verfügen über digitale Basiskompetenzen', en: 'have basic digital skills' },
        source: '1',
      },
      {
        value: 70,
        qualifier: 'more-than',
        unit: 'percent',
        label: { de: 'wollen digitale Behördendienste nutzen', en: 'want to use digital public services' },
        source: '4',
      },
      { value: 185000, qualifier: 'approx', label: { de: 'M-WLAN Nutzer*innen je Monat', en: 'M-WLAN users a month' }, source: '2' },
      { value: 70000, qualifier: 'more-than', label: { de: 'Online-Anträge mtl.', en: 'online applications a month' }, source: '2' },
      {
        value: 100000,
        qualifier: 'more-than',
        label: { de: 'Online-Terminvereinbarungen mtl.', en: 'online appointments a month' },
        source: '2',
      },
    ],
  },
  {
    heading: { de: 'VERWALTUNG', en: 'ADMINISTRATION' },
    figures: [
      { value: 650, qualifier: 'more-than', label: { de: 'M-WLAN Standorte', en: 'M-WLAN locations' }, source: '2' },
      { value: 300, qualifier: 'more-than', label: { de: 'Online Dienste', en: 'online services' }, source: '2' },
      { value: 43000, qualifier: 'approx', label: { de: 'Beschäftigte bei der LHM', en: 'City of Munich employees' }, source: '2' },
      { value: 1400, qualifier: 'more-than', label: { de: 'Beschäftigte in der IT', en: 'employees in IT' }, source: '2' },
      { value: 1200, qualifier: 'approx', label: { de: 'Fachanwendungen', en: 'specialist applications' }, source: '2' },
    ],
  },
];

export const exampleKeyFigures: ExampleFigure[] = exampleKeyFigureGroups.flatMap((group) => group.figures);
