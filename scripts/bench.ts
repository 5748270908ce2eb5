// `npm run bench` (after ensure-chromium and a build): prints the performance figures of the built site
// against their targets. A missed target is reported, not fatal; a bench that cannot run exits 1.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import type { Browser } from 'playwright-core'
import { DIST_DIR, REPO_ROOT, launchChromium, startServer } from './lib/browser.ts'
import { FLOOR_MOUNT, buildFloor } from './bench/floor.ts'
import { SECTIONS } from './bench/sections.ts'
import { KIB } from './bench/stats.ts'
import type { BenchContext, Figure } from './bench/types.ts'

const USAGE = `usage: tsx scripts/bench.ts [--runs N] [--only name,name] [--dist DIR] [--no-model]
  --runs N     repetitions for timed figures (default 5)
  --dist DIR   built site to measure (default dist/)
  --only LIST  run only these sections: ${SECTIONS.map((s) => s.name).join(', ')}
  --no-model   skip packages/body-generator/scripts/bench-model.ts`

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    only: { type: 'string' },
    dist: { type: 'string', default: DIST_DIR },
    'no-model': { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
})
if (args.help) {
  process.stdout.write(USAGE + '\n')
  process.exit(0)
}
const runs = Number(args.runs)
if (!Number.isInteger(runs) || runs < 1) fail(`--runs must be a positive integer, got "${args.runs}"`)
const only = args.only?.split(',').map((s) => s.trim())
const unknown = only?.filter((name) => !SECTIONS.some((s) => s.name === name)) ?? []
if (unknown.length) fail(`unknown section(s): ${unknown.join(', ')}`)
const distDir = resolve(args.dist)
if (!existsSync(join(distDir, 'index.html')))
  fail(`${distDir}/index.html is missing: run \`npm run build\` first`)

const floorDir = await buildFloor()
const server = await startServer({ root: distDir, mounts: { [FLOOR_MOUNT]: floorDir } })
let browser: Promise<Browser> | undefined
const ctx: BenchContext = {
  runs,
  server,
  distDir,
  floorPath: `${FLOOR_MOUNT}index.html`,
  browser: () => (browser ??= launchChromium()),
}

let errors = 0
let missed = 0
const started = performance.now()
try {
  process.stdout.write(
    `Running Anatomy Explorer bench: ${runs} run(s) per timed figure, node ${process.version}\n`,
  )
  for (const section of SECTIONS.filter((s) => !only || only.includes(s.name))) {
    process.stdout.write(`\n${section.title} [${section.name}]\n`)
    try {
      const figures = await section.run(ctx)
      missed += figures.filter((f) => status(f) === 'MISSED').length
      process.stdout.write(table(figures))
    } catch (error) {
      errors++
      const message = error instanceof Error ? error.message : String(error)
      process.stdout.write(`  ERROR: ${message.replaceAll('\n', '\n    ')}\n`)
    }
  }
  if (browser) process.stdout.write(`\nbrowser: Chromium ${(await browser).version()} (SwiftShader)\n`)
} finally {
  if (browser) await (await browser).close()
  await server.close()
}

const modelBench = join(REPO_ROOT, 'packages', 'body-generator', 'scripts', 'bench-model.ts')
if (!args['no-model'] && !only && existsSync(modelBench)) {
  process.stdout.write('\nModel generator [packages/body-generator/scripts/bench-model.ts]\n')
  const result = spawnSync(join(REPO_ROOT, 'node_modules', '.bin', 'tsx'), [modelBench], {
    cwd: REPO_ROOT,
    stdio: 'inherit',
  })
  if (result.status !== 0) {
    errors++
    process.stdout.write(`  ERROR: bench-model exited with ${result.status ?? result.signal}\n`)
  }
}

const seconds = ((performance.now() - started) / 1000).toFixed(0)
process.stdout.write(`\n${missed} target(s) MISSED, ${errors} section error(s), ${seconds} s\n`)
process.exit(errors ? 1 : 0)

function fail(message: string): never {
  process.stderr.write(`bench: ${message}\n${USAGE}\n`)
  process.exit(1)
}

function status(f: Figure): '' | 'ok' | 'MISSED' {
  if (f.target === undefined) return ''
  return f.value !== null && f.value <= f.target ? 'ok' : 'MISSED'
}

function format(value: number | null, unit: Figure['unit']): string {
  if (value === null) return 'n/a'
  if (unit === 'bytes') return `${(value / KIB).toFixed(1)} KiB`
  if (unit === 'ms') return `${value.toFixed(0)} ms`
  if (unit === 'ratio') return `${value.toFixed(2)}x`
  return String(value)
}

function pad(cell: string, width: number, right: boolean): string {
  return right ? cell.padStart(width) : cell.padEnd(width)
}

function table(figures: readonly Figure[]): string {
  const rows = [
    ['figure', 'value', 'target', 'ratio', 'status', 'note'],
    ...figures.map((f) => [
      f.label,
      format(f.value, f.unit),
      f.target === undefined ? '-' : `<= ${format(f.target, f.unit)}`,
      f.target && f.value !== null ? `${(f.value / f.target).toFixed(2)}x` : '-',
      status(f) || '-',
      f.note ?? '',
    ]),
  ]
  const widths = rows[0]!.map((_, col) => Math.max(...rows.map((row) => row[col]!.length)))
  return (
    rows
      // Numbers right-aligned, text left-aligned.
      .map(
        (row) =>
          '  ' +
          row
            .map((cell, col) => pad(cell, widths[col]!, col === 1 || col === 3))
            .join('  ')
            .trimEnd(),
      )
      .join('\n')
      .concat('\n')
  )
}
