/**
 * Environment that keeps wrangler from reaching the internet (these machines have none):
 * no metrics, no `cf` object lookup, no update check.
 */
export const OFFLINE_WRANGLER_ENV = {
  WRANGLER_SEND_METRICS: 'false',
  CLOUDFLARE_CF_FETCH_ENABLED: 'false',
  WRANGLER_HIDE_BANNER: 'true',
}
