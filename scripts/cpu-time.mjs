// `node scripts/cpu-time.mjs [--json file] -- <command> [args…]`: runs the command and prints the CPU seconds its
// whole process tree used (user + system, from /proc), split by kind of process: node, Chromium's browser, GPU
// (where SwiftShader draws), renderers and the rest. Wall time alone says little on a shared machine; CPU
// seconds are what a change to the tests saves or costs. Linux only; plain Node, no dependencies.
//
// /proc is sampled every 100 ms, so a process's last < 100 ms and processes that live shorter are missed:
// the figures are a slight underestimate, alike for every run.
import { spawn } from 'node:child_process'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import process from 'node:process'
import { performance } from 'node:perf_hooks'
import { clearInterval, setInterval } from 'node:timers'

const dash = process.argv.indexOf('--')
const options = process.argv.slice(2, dash < 0 ? undefined : dash)
const [command, ...args] = dash < 0 ? [] : process.argv.slice(dash + 1)
if (!command) {
  process.stderr.write('usage: node scripts/cpu-time.mjs [--json file] -- <command> [args…]\n')
  process.exit(2)
}
const jsonAt = options.indexOf('--json')
const jsonFile = jsonAt >= 0 ? options[jsonAt + 1] : undefined

const TICK = 100 // USER_HZ on Linux
const started = performance.now()
const child = spawn(command, args, { stdio: 'inherit' })

/** pid → { start, kind, cpu } for every process ever seen in the tree (keyed by pid and start time). */
const seen = new Map()

function readStat(pid) {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8')
    // comm may hold spaces and parentheses: the fields start after its last ')'.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ')
    return { ppid: Number(fields[1]), cpu: Number(fields[11]) + Number(fields[12]), start: fields[19] }
  } catch {
    return null
  }
}

function kindOf(pid) {
  try {
    const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split(/[\0 ]/)
    const exe = argv[0] ?? ''
    // A zombie (exited, not yet reaped) has an empty command line: keep what it was.
    if (!exe) return null
    if (/chrom/.test(exe)) {
      const type = argv.find((a) => a.startsWith('--type='))?.slice(7)
      if (!type) return 'chromium browser'
      if (type === 'gpu-process') return 'chromium gpu'
      if (type === 'renderer') return 'chromium renderer'
      return `chromium ${type}`
    }
    if (/node$/.test(exe)) return 'node'
    return exe.split('/').pop()
  } catch {
    return null
  }
}

function sample() {
  const stats = new Map()
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    const stat = readStat(name)
    if (stat) stats.set(Number(name), stat)
  }
  // The tree: the child, and every process whose parent is in it (parents are listed before children only
  // sometimes, so repeat until nothing joins). A process seen before stays counted after it is re-parented.
  const tree = new Set([child.pid])
  for (const [pid, s] of stats) if (seen.has(`${pid}:${s.start}`)) tree.add(pid)
  let grew = true
  while (grew) {
    grew = false
    for (const [pid, s] of stats) {
      if (!tree.has(pid) && tree.has(s.ppid)) {
        tree.add(pid)
        grew = true
      }
    }
  }
  for (const pid of tree) {
    const s = stats.get(pid)
    if (!s) continue
    const key = `${pid}:${s.start}`
    const entry = seen.get(key) ?? { kind: 'other', cpu: 0 }
    // Read every time: a process forked a moment ago may not have its own command line yet.
    entry.kind = kindOf(pid) ?? entry.kind
    entry.cpu = s.cpu
    seen.set(key, entry)
  }
}

const timer = setInterval(sample, 100)
sample()
child.on('exit', (code, signal) => {
  clearInterval(timer)
  const wall = (performance.now() - started) / 1000
  const byKind = {}
  let total = 0
  for (const { kind, cpu } of seen.values()) {
    byKind[kind] = (byKind[kind] ?? 0) + cpu / TICK
    total += cpu / TICK
  }
  const rows = Object.entries(byKind).sort((a, b) => b[1] - a[1])
  process.stdout.write(
    [
      `==> cpu ${total.toFixed(1)} s in ${wall.toFixed(1)} s wall (${(total / wall).toFixed(2)} cores)`,
      ...rows.map(([kind, cpu]) => `    ${cpu.toFixed(1).padStart(7)} s  ${kind}`),
      '',
    ].join('\n'),
  )
  if (jsonFile)
    writeFileSync(jsonFile, JSON.stringify({ command: [command, ...args], wall, cpu: total, byKind }))
  process.exit(code ?? (signal ? 1 : 0))
})
