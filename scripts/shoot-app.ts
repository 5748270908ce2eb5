/**
 * Screenshots of the built app as a runner, a coach and a phone user see it, for looking at changes and for
 * the README (`--readme` also writes docs/screenshot.png). Run after `npm run build`.
 */
import { mkdir, copyFile } from 'node:fs/promises'
import { join } from 'node:path'
import { launchChromium, REPO_ROOT, saveScreenshot, startServer, waitForState } from './lib/browser.ts'

interface Shot {
  name: string
  path: string
  viewport: { width: number; height: number }
  /** Runs after ready, before the picture. */
  act?: (page: import('playwright-core').Page) => Promise<void>
}

const DESKTOP = { width: 1280, height: 800 }
const PHONE = { width: 390, height: 844 }

const SHOTS: Shot[] = [
  { name: 'app-welcome', path: '/index.html', viewport: DESKTOP },
  { name: 'app-calves', path: '/index.html?muscle=calves', viewport: DESKTOP },
  { name: 'app-quadriceps', path: '/index.html?muscle=quadriceps', viewport: DESKTOP },
  { name: 'app-hip-flexors-xray', path: '/index.html?muscle=hip-flexors', viewport: DESKTOP },
  { name: 'app-upper-back', path: '/index.html?muscle=upper-back', viewport: DESKTOP },
  {
    name: 'app-hover-calf',
    path: '/index.html?view=back',
    viewport: DESKTOP,
    act: async (page) => {
      const box = (await page.locator('canvas').boundingBox())!
      // The back of the left lower leg in the default back view.
      await page.mouse.move(box.x + box.width * 0.455, box.y + box.height * 0.74)
      await page.waitForTimeout(400)
    },
  },
  {
    name: 'app-stride-hamstrings',
    path: '/index.html?muscle=hamstrings&view=right&phase=88&play=0',
    viewport: DESKTOP,
  },
  { name: 'app-phone-calves', path: '/index.html?muscle=calves', viewport: PHONE },
  // The stride lab from the side at three settings, compare flipped to the typical runner, and a phone.
  {
    name: 'lab-typical',
    path: '/index.html?muscle=calves&view=right&phase=2&play=0',
    viewport: DESKTOP,
    act: async (page) => {
      await page.locator('.rae-lab-toggle').click()
      await page.waitForTimeout(400)
    },
  },
  {
    name: 'lab-forefoot',
    path: '/index.html?muscle=calves&view=right&phase=2&play=0&strike=forefoot',
    viewport: DESKTOP,
  },
  {
    name: 'lab-sprint-steprate',
    path: '/index.html?muscle=hip-flexors&view=right&phase=45&play=0&speed=9&steprate=110',
    viewport: DESKTOP,
  },
  {
    name: 'lab-compare-typical',
    path: '/index.html?muscle=calves&view=right&phase=2&play=0&strike=forefoot',
    viewport: DESKTOP,
    act: async (page) => {
      await page.getByRole('button', { name: 'Typical runner' }).click()
      await page.waitForTimeout(400)
    },
  },
  {
    name: 'lab-phone',
    path: '/index.html?muscle=quadriceps&view=right&phase=10&play=0&steprate=110',
    viewport: PHONE,
  },
  {
    name: 'lab-phone-open',
    path: '/index.html?muscle=quadriceps&view=right&phase=10&play=0&steprate=110',
    viewport: PHONE,
    act: async (page) => {
      await page.locator('.rae-lab-toggle').click()
      await page.waitForTimeout(400)
    },
  },
]

// `--only=lab` takes the shots whose names start with `lab`.
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length)

const server = await startServer()
const browser = await launchChromium()
try {
  for (const shot of SHOTS.filter((s) => !only || s.name.startsWith(only))) {
    const page = await browser.newPage({ viewport: shot.viewport, deviceScaleFactor: 1 })
    await page.goto(`${server.origin}${shot.path}`)
    await waitForState(page, 'ready')
    await page.waitForTimeout(900)
    await shot.act?.(page)
    const file = await saveScreenshot(page, shot.name)
    console.log(file)
    if (process.argv.includes('--readme') && shot.name === 'app-calves') {
      await mkdir(join(REPO_ROOT, 'docs'), { recursive: true })
      await copyFile(file, join(REPO_ROOT, 'docs', 'screenshot.png'))
    }
    await page.close()
  }
} finally {
  await browser.close()
  await server.close()
}
