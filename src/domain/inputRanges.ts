/**
 * The ranges of inputs that no sensible scenario leaves, shared by the readers, the settings and
 * the command line (docs/input-errors.md lists them with their messages). They guard against
 * typing slips (1e308 for 120) and against runs that could never finish or fit in memory; each
 * is far above what a real scenario uses.
 */

/** Days of a run: 100 years. */
export const MAX_RUN_DAYS = 36_525;

/** A link or route length in km: the Earth's circumference (no road between two places is longer). */
export const MAX_DISTANCE_KM = 40_075;

/** A count of people in one row (population, capacity, observed count, arrivals of a period). */
export const MAX_PEOPLE_COUNT = 1_000_000_000;

/** The arrivals scale of a corridor scenario (persons per arrival counted). */
export const MAX_ARRIVAL_SCALE = 1_000;

/** Persons a corridor run may create: about 1 GB of person state. */
export const MAX_PERSONS_PER_RUN = 20_000_000;

/** Replicas of one command. */
export const MAX_REPLICAS = 100_000;

/** Worker threads of one command. */
export const MAX_THREADS = 1_024;

/** A move speed in km/day: the Earth's circumference in a day. */
export const MAX_SPEED_KM_PER_DAY = 40_075;

/**
 * Candidate paths the Flee model may enumerate for a given awareness_level (their number grows
 * exponentially with the level); about 1.2 GB at the bytes per path below.
 */
export const MAX_CANDIDATE_PATHS = 20_000_000;

/** Bytes one candidate path takes, before the waypoints (4 bytes each): its table columns and pool entry. */
export const CANDIDATE_PATH_BYTES = 40;

/** A smuggling price (any currency unit): a billion per person. */
export const MAX_PRICE = 1_000_000_000;

/** How many times faster a smuggled journey may be than an ordinary one. */
export const MAX_SPEED_FACTOR = 1_000;
