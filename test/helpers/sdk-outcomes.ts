/** Recording what SDK calls come to, so two runs (direct and through the gateway) can be compared. */
import { SeamHttpApiError, SeamHttpInvalidInputError } from '@seamapi/http'

export type Outcome =
  | { ok: unknown }
  | { error: { name: string; code: string; statusCode: number; invalid?: string[] } }

/** Runs each step in order, recording its (normalized) result or its error class, code, status and invalid params. */
export async function record(
  steps: [string, () => Promise<unknown>][],
  normalize: (value: unknown) => unknown = (value) => value,
): Promise<Record<string, Outcome>> {
  const out: Record<string, Outcome> = {}
  for (const [name, step] of steps) {
    try {
      out[name] = { ok: normalize(await step()) }
    } catch (err) {
      if (!(err instanceof SeamHttpApiError)) throw err
      out[name] = {
        error: {
          name: err.constructor.name,
          code: err.code,
          statusCode: err.statusCode,
          ...(err instanceof SeamHttpInvalidInputError
            ? { invalid: err.validationErrors.map((e) => e.parameterName).sort() }
            : {}),
        },
      }
    }
  }
  return out
}
