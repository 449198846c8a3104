/** Allowed values of `<mdk-kpi-tile>`'s enumerated attributes; stories, tests and dev warnings reuse them. */
export const kpiQualifiers = ['exact', 'approx', 'more-than', 'less-than'] as const;
export type KpiQualifier = (typeof kpiQualifiers)[number];

export const kpiUnits = ['none', 'percent'] as const;
export type KpiUnit = (typeof kpiUnits)[number];

export const kpiNotations = ['standard', 'compact'] as const;
export type KpiNotation = (typeof kpiNotations)[number];
