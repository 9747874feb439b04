/**
 * Starts several servers or browsers at once. When one fails, the ones that did start are closed
 * before the failure is thrown: a failed `beforeAll` assigns nothing, so its `afterAll` could not
 * close them, and a `wrangler dev` or `npm start` would outlive the test run.
 *
 * @example
 * ;[dev, browser] = await startTogether(() => startWranglerDev(vars), launchChromium)
 */
export async function startTogether<T extends readonly { close(): Promise<unknown> }[]>(
  ...starts: { [K in keyof T]: () => Promise<T[K]> }
): Promise<T> {
  // Promise.resolve().then: a start that throws at once (no chromium) is a rejection like the others.
  const settled = await Promise.allSettled(
    (starts as readonly (() => Promise<T[number]>)[]).map((start) => Promise.resolve().then(start)),
  )
  const failed = settled.find((result) => result.status === 'rejected')
  if (failed) {
    await Promise.allSettled(settled.flatMap((result) => (result.status === 'fulfilled' ? [result.value.close()] : [])))
    throw failed.reason
  }
  return settled.map((result) => (result as PromiseFulfilledResult<T[number]>).value) as unknown as T
}
