/**
 * Where the dimensions sit around the topic on a wide screen, clockwise from twelve o'clock: the
 * cells of a 3 × 3 grid whose centre holds the topic. The list keeps this order, so the order a
 * screen reader reads and Tab follows is the clockwise order people see.
 */
export const ringPositions = {
  3: ['top', 'bottom-right', 'bottom-left'],
  4: ['top', 'right', 'bottom', 'left'],
  5: ['top', 'right', 'bottom-right', 'bottom-left', 'left'],
  6: ['top', 'top-right', 'bottom-right', 'bottom', 'bottom-left', 'top-left'],
  7: ['top', 'top-right', 'right', 'bottom-right', 'bottom-left', 'left', 'top-left'],
  8: ['top', 'top-right', 'right', 'bottom-right', 'bottom', 'bottom-left', 'left', 'top-left'],
} as const;

export type RingPosition = (typeof ringPositions)[keyof typeof ringPositions][number];

/** The ring's cells for `count` dimensions, or `undefined` when a ring does not fit (fewer than 3, more than 8). */
export function ringPositionsFor(count: number): readonly RingPosition[] | undefined {
  return (ringPositions as Partial<Record<number, readonly RingPosition[]>>)[count];
}
