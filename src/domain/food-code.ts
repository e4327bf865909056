/**
 * The temperature limits the sample binder is written to: the US FDA Food Code 2022
 * (3-501.16 holding, 3-501.14 cooling, 3-403.11 reheating, 3-401.11 cooking).
 * A fork under a stricter code (the UK's 63 °C hot holding, say) still passes; a
 * limit on the unsafe side of these is an error, because it would teach a cook
 * to keep food in the danger zone.
 */
export const FOOD_CODE = {
  name: 'FDA Food Code 2022',
  /** Cold holding and refrigerated storage: at or below. */
  coldHoldingMaxC: 5,
  /** Hot holding: at or above. */
  hotHoldingMinC: 57,
  /** Frozen storage: at or below (frozen solid). */
  frozenMaxC: -18,
} as const;

/**
 * The Celsius–Fahrenheit pairs the Food Code itself prints for its limits. Its Celsius
 * values are rounded from Fahrenheit, so plain rounding would shift some of them:
 * 68 °C is 154.4 °F, yet the code's limit is 155 °F, and a cook reading "154 °F" would
 * stop a degree short. Showing the code's own pair keeps both scales on the safe side.
 */
export const FOOD_CODE_TEMPERATURE_PAIRS: ReadonlyArray<readonly [celsius: number, fahrenheit: number]> = [
  [-18, 0],
  [5, 41],
  [21, 70],
  [54, 130],
  [57, 135],
  [60, 140],
  [63, 145],
  [68, 155],
  [74, 165],
];

export type StorageZone = 'refrigerated' | 'frozen' | 'dry' | 'ambient' | 'hot-holding';

/** What a storage or holding temperature must satisfy in a zone, or null when the code sets no limit. */
export function storageLimit(zone: StorageZone): { comparison: 'at-most' | 'at-least'; celsius: number } | null {
  switch (zone) {
    case 'refrigerated':
      return { comparison: 'at-most', celsius: FOOD_CODE.coldHoldingMaxC };
    case 'frozen':
      return { comparison: 'at-most', celsius: FOOD_CODE.frozenMaxC };
    case 'hot-holding':
      return { comparison: 'at-least', celsius: FOOD_CODE.hotHoldingMinC };
    case 'dry':
    case 'ambient':
      return null;
  }
}
