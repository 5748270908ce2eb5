// Makes sure Debian's Chromium is at /usr/bin/chromium for the browser tests and the bench, installing it
// with apt when missing. Plain Node, no dependencies: it runs before anything else is known to work.
import { accessSync, constants, existsSync } from 'node:fs'
import { spawnSync } from 'node:child_process'
import process from 'node:process'

const CHROMIUM = '/usr/bin/chromium'
const PACKAGES = ['chromium', 'fonts-dejavu-core']

const out = (line) => process.stdout.write(`${line}\n`)
const err = (line) => process.stderr.write(`${line}\n`)

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK)
    return true
  } catch {
    return false
  }
}

function onPath(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0
}

/** The version line, or null when the binary does not run. */
function version() {
  // The Debian wrapper script prints shell noise on stderr on some hosts; only stdout matters.
  const result = spawnSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
  const line = result.stdout?.trim()
  return result.status === 0 && line ? line : null
}

function giveUp(reason) {
  err(`ensure-chromium: ${reason}`)
  err('')
  err(`The browser tests and the bench need Debian's Chromium at ${CHROMIUM}. Install it yourself with:`)
  err(`  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${PACKAGES.join(' ')}`)
  err('On Ubuntu the "chromium" package is a snap wrapper that does not work in containers; use a Debian')
  err('image (e.g. node:20-bookworm) or run the tests in one.')
  process.exit(1)
}

function run(argv) {
  out(`ensure-chromium: $ ${argv.join(' ')}`)
  const result = spawnSync(argv[0], argv.slice(1), {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  })
  if (result.error) giveUp(`could not run ${argv[0]}: ${result.error.message}`)
  if (result.status !== 0) giveUp(`"${argv.join(' ')}" exited with ${result.status ?? result.signal}`)
}

if (existsSync(CHROMIUM)) {
  const found = isExecutable(CHROMIUM) ? version() : null
  if (!found) giveUp(`${CHROMIUM} exists but "${CHROMIUM} --version" failed`)
  out(`ensure-chromium: ${found} (${CHROMIUM})`)
  process.exit(0)
}

out(`ensure-chromium: ${CHROMIUM} not found, installing Debian packages: ${PACKAGES.join(', ')}`)
if (process.platform !== 'linux' || !onPath('apt-get')) {
  giveUp('apt-get is not available on this machine, so Chromium cannot be installed automatically')
}

let prefix = []
if (process.getuid?.() !== 0) {
  if (!onPath('sudo')) giveUp('not running as root and sudo is not installed')
  // sudo drops the environment, so the noninteractive frontend goes through env; -n avoids hanging on a
  // password prompt when there is no terminal (CI).
  prefix = ['sudo', ...(process.stdin.isTTY ? [] : ['-n']), 'env', 'DEBIAN_FRONTEND=noninteractive']
}

run([...prefix, 'apt-get', 'update'])
run([...prefix, 'apt-get', 'install', '-y', '--no-install-recommends', ...PACKAGES])

const installed = existsSync(CHROMIUM) ? version() : null
if (!installed) giveUp(`apt-get finished but ${CHROMIUM} still does not run`)
out(`ensure-chromium: installed ${installed} (${CHROMIUM})`)
