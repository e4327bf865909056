/**
 * The URL parameters of a batch and of a unit choice, in a module of their own so the
 * page's first script can read them without loading the scaling arithmetic.
 */
export const SCALE_PARAMS = ['scale', 'yield', 'portions', 'size', 'flour'] as const;

/** `units=us` or `units=metric`: the measuring system the cook chose. */
export const UNITS_PARAM = 'units';
