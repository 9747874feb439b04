/**
 * The zod atoms every request schema is built from (the client-session routes, webhook events
 * and customer grants), so one limit holds for every id the gateway reads.
 *
 * Never stricter than Seam for a request Seam accepts: ids are opaque non-empty strings
 * (Seam's own fake uses `cst1`).
 */
import * as z from 'zod/mini'

/** Seam documents no maximum; 4 KiB is far above any id or key and stops abuse of the upstream. */
export const MAX_PARAM_LENGTH = 4_096
/** No documented maximum either; a session with more accounts than this is not a real session. */
export const MAX_ID_LIST_LENGTH = 1_000

// zod/mini (a third of classic zod's bytes on the edge): checks are spelled `.check(…)`.
/** An id or key: non-empty, at most MAX_PARAM_LENGTH. */
export const id = z.string().check(z.minLength(1), z.maxLength(MAX_PARAM_LENGTH))
/** Text that may be empty, at most MAX_PARAM_LENGTH. */
export const text = z.string().check(z.maxLength(MAX_PARAM_LENGTH))
/** A list of ids, at most MAX_ID_LIST_LENGTH. */
export const idList = z.array(id).check(z.maxLength(MAX_ID_LIST_LENGTH))
