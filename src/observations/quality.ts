/**
 * Source quality words and the relative uncertainty (standard deviation as a share of the value)
 * each stands for, for observations that give a quality instead of a number.
 */
export const SOURCE_QUALITY: Readonly<Record<string, number>> = {
  /** Official registration or a complete count (UNHCR camp registers, police statistics). */
  high: 0.05,
  /** Official estimate, agency report. */
  medium: 0.15,
  /** Partial count, NGO estimate. */
  low: 0.3,
  /** Press report of a figure from an unnamed or indirect source. */
  press: 0.5,
};

/** Used when the uncertainty field is empty. */
export const DEFAULT_QUALITY = 'medium';
