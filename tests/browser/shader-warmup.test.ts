// The stage hands its shader programs to the GPU as soon as the renderer is configured, so the driver compiles
// them while the body decodes. That only helps if the scene's materials then find those very programs: a
// warm-up that drifted from the lights or the materials would compile twice, the second time in the first frame.
import { expect, test } from 'vitest'
import { serveBuiltSite, waitForState } from './harness.ts'

const site = serveBuiltSite()

/** Logs every program link with its time and shader type. */
function logLinks(): void {
  const links: { at: number; type: string }[] = []
  ;(window as { __links?: typeof links }).__links = links
  const link = WebGL2RenderingContext.prototype.linkProgram
  WebGL2RenderingContext.prototype.linkProgram = function (program) {
    const source =
      this.getAttachedShaders(program)
        ?.map((s) => this.getShaderSource(s))
        .join('\n') ?? ''
    links.push({ at: performance.now(), type: /#define SHADER_TYPE (\w+)/.exec(source)?.[1] ?? '?' })
    return link.call(this, program)
  }
}

for (const path of ['/index.html', '/embed.html?load=eager&muscle=calves']) {
  test(`${path}: both programs are linked before the body is decoded, and none in the first frame`, async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } })
    await page.addInitScript(logLinks)
    await page.goto(`${site.server.origin}${path}`)
    await waitForState(page, 'ready')
    const { links, decoded } = await page.evaluate(() => ({
      links: (window as { __links?: { at: number; type: string }[] }).__links ?? [],
      decoded: performance.getEntriesByName('rae:model-decoded')[0]?.startTime ?? NaN,
    }))
    expect(links.map((l) => l.type).sort()).toEqual(['MeshBasicMaterial', 'MeshStandardMaterial'])
    for (const l of links) expect(l.at).toBeLessThan(decoded)
  })
}
