// The layer rules of eslint.config.js, run through ESLint's Node API on small snippets: what a folder may import
// is decided by where the import really points, static or dynamic, not by a folder that happens to share a
// layer's name.
import { fileURLToPath } from 'node:url'
import { ESLint } from 'eslint'
import { describe, expect, test } from 'vitest'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const eslint = new ESLint({ cwd: ROOT })

/** The layer messages ESLint gives `code` as if it were the file at `filePath` (relative to the repo). */
async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${ROOT}${filePath}` })
  return result!.messages.filter((m) => / may not import /.test(m.message)).map((m) => m.message)
}

describe('layer rules', () => {
  test('a static upward import is refused', async () => {
    expect(
      await layerErrors('src/domain/example.ts', "import { explorerStore } from '../store/index.ts'\n"),
    ).toEqual([expect.stringMatching(/src\/domain may not import src\/store/)])
    expect(
      await layerErrors('src/ui/plan/example.ts', "export { Body } from '../../scene/Body.tsx'\n"),
    ).toEqual([expect.stringMatching(/src\/ui may not import src\/scene/)])
  })

  test('a dynamic upward import is refused', async () => {
    expect(
      await layerErrors('src/scene/example.ts', "export const load = () => import('../ui/GroupPanel.tsx')\n"),
    ).toEqual([expect.stringMatching(/src\/scene may not import src\/ui/)])
    expect(
      await layerErrors(
        'src/store/example.ts',
        'export const load = (n: string) => import(`../plan/${n}.ts`)\n',
      ),
    ).toEqual([expect.stringMatching(/src\/store may not import src\/plan/)])
  })

  test('src imports neither tests nor scripts', async () => {
    expect(
      await layerErrors('src/app/example.ts', "import { REPO_ROOT } from '../../tests/browser/harness.ts'\n"),
    ).toEqual([expect.stringMatching(/src\/app may not import tests/)])
    expect(
      await layerErrors(
        'src/domain/example.ts',
        "export const x = () => import('../../scripts/lib/browser.ts')\n",
      ),
    ).toEqual([expect.stringMatching(/src\/domain may not import scripts/)])
  })

  test('scripts do not import test code', async () => {
    expect(
      await layerErrors('scripts/example.ts', "import { waitForState } from '../tests/browser/harness.ts'\n"),
    ).toEqual([expect.stringMatching(/scripts may not import tests/)])
    expect(
      await layerErrors('scripts/bench/example.ts', "import '../../tests/fixtures/article.html'\n"),
    ).toEqual([expect.stringMatching(/scripts may not import tests/)])
  })

  test('allowed: src/ui/plan from the embed, the layers below, scripts from tests, packages', async () => {
    expect(
      await layerErrors(
        'src/embed/example.ts',
        "import { PlanPanel } from '../ui/plan/PlanPanel.tsx'\nexport const p = () => import('../ui/plan/PlanPanel.tsx')\n",
      ),
    ).toEqual([])
    expect(
      await layerErrors(
        'src/app/example.ts',
        "import { GROUPS } from '../domain/groups.ts'\nimport { Stage3d } from '../stage/Stage3d.tsx'\n",
      ),
    ).toEqual([])
    expect(
      await layerErrors(
        'tests/browser/example.ts',
        "import { startServer } from '../../scripts/lib/browser.ts'\n",
      ),
    ).toEqual([])
    expect(
      await layerErrors('scripts/example.ts', "import { buildBodyDocument } from '../src/model/build.ts'\n"),
    ).toEqual([])
    expect(await layerErrors('src/store/example.ts', "import { create } from 'zustand'\n")).toEqual([])
  })
})
