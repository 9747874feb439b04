/**
 * Answer headers the asset server adds itself, or the transport does: a test comparing the headers
 * the gateway sets leaves these out (anything else is a header we set, or must not).
 */
export const PLATFORM_HEADERS: readonly string[] = [
  'etag',
  'cf-cache-status',
  'content-encoding',
  'transfer-encoding',
  'content-length',
  'connection',
  'date',
  'vary',
]
