// Runs the fake Seam upstream as its own process:
//
//   node fake-seam/cli.ts [--port 4010] [--host 127.0.0.1] [--latency 0]
//
// Prints exactly one JSON line, `{"url": ..., "seed": {...}}`, to stdout once it is listening
// (so a parent process can read the URL and credentials), then runs until SIGINT/SIGTERM.

import { parseArgs } from 'node:util'
import { startFakeSeam } from './index.ts'

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    host: { type: 'string', default: '127.0.0.1' },
    latency: { type: 'string', default: '0' },
  },
})

const port = Number(values.port)
const latencyMs = Number(values.latency)
if (!Number.isInteger(port) || port < 0 || port > 65535 || !(latencyMs >= 0)) {
  process.stderr.write('usage: node fake-seam/cli.ts [--port <0-65535>] [--host <addr>] [--latency <ms>]\n')
  process.exit(2)
}

const fake = await startFakeSeam({ port, host: values.host, latencyMs })
process.stdout.write(`${JSON.stringify({ url: fake.url, seed: fake.seed })}\n`)

let stopping = false
async function stop(): Promise<void> {
  if (stopping) return
  stopping = true
  await fake.close()
  process.exit(0)
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
