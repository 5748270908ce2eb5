/** Fails `vite build` when the content does not pass its schema, like a typed content collection. */
import type { Plugin } from 'vite'
import { validateContent } from './schema.ts'

export interface ContentCheckOptions {
  /** Returns one line per problem; tests swap in their own. */
  readonly validate?: () => string[]
}

export function contentCheck({ validate = () => validateContent() }: ContentCheckOptions = {}): Plugin {
  return {
    name: 'running-anatomy:content-check',
    // Dev-server config is loaded once, so a check there would only ever see stale content.
    apply: 'build',
    buildStart() {
      const problems = validate()
      if (problems.length > 0) {
        this.error(
          `Content check failed (${problems.length}):\n${problems.map((p) => `  - ${p}`).join('\n')}`,
        )
      }
    },
  }
}
