// `node scripts/timed.mjs <label> -- <command> [args…]`: runs the command and then prints how long it took
// (`==> <label> done in 42 s`, or `failed after`), so every part of `npm test` shows its time in a CI log.
// Plain Node, no dependencies.
import { spawnSync } from 'node:child_process'
import process from 'node:process'
import { performance } from 'node:perf_hooks'

const dash = process.argv.indexOf('--')
const label = process.argv.slice(2, dash).join(' ')
const [command, ...args] = process.argv.slice(dash + 1)
if (dash < 0 || !label || !command) {
  process.stderr.write('usage: node scripts/timed.mjs <label> -- <command> [args…]\n')
  process.exit(2)
}

const started = performance.now()
const result = spawnSync(command, args, { stdio: 'inherit' })
const seconds = Math.round((performance.now() - started) / 1000)
const status = result.status ?? 1
if (result.error) process.stderr.write(`timed: could not run ${command}: ${result.error.message}\n`)
process.stdout.write(`==> ${label} ${status === 0 ? 'done in' : 'failed after'} ${seconds} s\n`)
process.exit(status)
