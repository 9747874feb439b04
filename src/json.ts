/** True for a parsed JSON object (not null, not an array): the only body shape Seam's API sends or takes. */
export const isJsonObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value)
