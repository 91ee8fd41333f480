// The catalogue's indicators that the API's tests answer.

/**
 * The first two indicators of criterion 1.1 of the 2022 standards: the ones the tests' checks, reports, inspections
 * and monitoring answer, named once so that every file's figures speak of the same indicators.
 */
export const INDICATOR_1_1_1 = 'bg-2022/a02/s1/c1.1/i1';
export const INDICATOR_1_1_2 = 'bg-2022/a02/s1/c1.1/i2';
