/**
 * Ends each vitest run with one plain line, `<suite>: N passed, N failed[, N skipped]`, so a CI log can be read
 * for what ran without knowing vitest's own format.
 */
import type { Reporter, TestModule } from 'vitest/node'

export default class SummaryReporter implements Reporter {
  constructor(private readonly options: { suite?: string } = {}) {}

  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    let passed = 0
    let failed = 0
    let skipped = 0
    for (const m of modules) {
      for (const t of m.children.allTests()) {
        const state = t.result().state
        if (state === 'passed') passed++
        else if (state === 'failed') failed++
        else skipped++
      }
      if (m.state() === 'failed' && ![...m.children.allTests()].length) failed++
    }
    const suite = this.options.suite ?? 'vitest'
    const tail = skipped ? `, ${skipped} skipped` : ''
    process.stdout.write(`\n${suite}: ${passed} passed, ${failed} failed${tail}\n`)
  }
}
