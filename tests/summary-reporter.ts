/**
 * Ends each vitest run with plain lines a CI log can be read by without knowing vitest's own format: the
 * slowest files and tests (so a slow one shows), then `<suite>: N passed, N failed[, N skipped]`.
 */
import type { Reporter, TestModule } from 'vitest/node'

/** How many of the slowest files and tests to name. */
const SLOWEST = 5

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`

export default class SummaryReporter implements Reporter {
  constructor(private readonly options: { suite?: string } = {}) {}

  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    let passed = 0
    let failed = 0
    let skipped = 0
    const files: { name: string; ms: number }[] = []
    const tests: { name: string; ms: number }[] = []
    for (const m of modules) {
      files.push({ name: m.relativeModuleId, ms: m.diagnostic().duration })
      for (const t of m.children.allTests()) {
        const state = t.result().state
        if (state === 'passed') passed++
        else if (state === 'failed') failed++
        else skipped++
        const ms = t.diagnostic()?.duration
        if (ms !== undefined) tests.push({ name: `${m.relativeModuleId} > ${t.fullName}`, ms })
      }
      if (m.state() === 'failed' && ![...m.children.allTests()].length) failed++
    }
    const suite = this.options.suite ?? 'vitest'
    const list = (rows: { name: string; ms: number }[]) =>
      rows
        .sort((a, b) => b.ms - a.ms)
        .slice(0, SLOWEST)
        .map((r) => `  ${seconds(r.ms).padStart(8)}  ${r.name}`)
    const tail = skipped ? `, ${skipped} skipped` : ''
    process.stdout.write(
      [
        '',
        `${suite}: slowest files`,
        ...list(files),
        `${suite}: slowest tests`,
        ...list(tests),
        `${suite}: ${passed} passed, ${failed} failed${tail}`,
        '',
      ].join('\n'),
    )
  }
}
