/**
 * Browser helpers shared by the bench, the screenshot scripts and the browser tests (tests/browser/harness.ts
 * re-exports them): a static server for dist/, a headless Debian Chromium, a console collector and a wait for the
 * explorer's data-state. Scripts never import test code; the tests build on this.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdir, readFile, realpath, stat } from 'node:fs/promises'
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  chromium,
  type Browser,
  type LaunchOptions as PlaywrightLaunchOptions,
  type Page,
} from 'playwright-core'

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url))
/** The built site; RAE_DIST points the tests at another build (e.g. one made beside a running test). */
export const DIST_DIR = resolve(REPO_ROOT, process.env.RAE_DIST ?? 'dist')
export const SHOTS_DIR = join(REPO_ROOT, '.tmp', 'shots')
export const CHROMIUM_PATH = '/usr/bin/chromium'

/** SwiftShader is the only WebGL available on a GPU-less CI box; the rest keeps Chromium quiet and offline. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

export const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.glb': 'model/gltf-binary',
  '.gltf': 'model/gltf+json',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
}

/**
 * A request for the body model, under whichever name the build gives it: `models/body.glb` (dev, and the
 * stable copy for other tools) or the content-hashed `models/body.<hash>.glb` the app and its worker load.
 */
export function isModelPath(urlPath: string): boolean {
  return /\/models\/body(\.[\w-]+)?\.glb$/.test(urlPath)
}

export interface InterceptResult {
  status: number
  body?: string
}

export interface ServerOptions {
  /** Folder to serve, relative to the repo root or absolute. Default 'dist'. */
  root?: string
  /** 0 picks a free port. Default 0. */
  port?: number
  /** Extra response headers per URL path, e.g. a strict Content-Security-Policy. */
  headers?: (urlPath: string) => Record<string, string>
  /** Answer a URL path without touching the disk (e.g. a 404 for the model); null falls through. */
  intercept?: (urlPath: string) => InterceptResult | null
  /** Send permissive CORS headers, for a second origin that serves assets to the first. Default false. */
  cors?: boolean
  /** Other folders served under a URL prefix (e.g. { '/__floor/': '/abs/dir' }), beside root. */
  mounts?: Readonly<Record<string, string>>
}

export interface StaticServer {
  /** e.g. http://127.0.0.1:41234 (no trailing slash). */
  origin: string
  /** URL paths requested so far, in order (e.g. to check the model is fetched lazily). */
  requests: string[]
  /** When each of `requests` arrived (Date.now(), same order): a worker's fetches too, which page events miss. */
  requestTimes: number[]
  close(): Promise<void>
}

/** A tiny static server on 127.0.0.1 that never lets the browser cache, so every load is a first load. */
export async function startServer(options: ServerOptions = {}): Promise<StaticServer> {
  const { root = DIST_DIR, port = 0, headers, intercept, cors = false, mounts = {} } = options
  const rootDir = await realpath(resolve(REPO_ROOT, root))
  const mountDirs = await Promise.all(
    Object.entries(mounts).map(
      async ([prefix, dir]) => [prefix, await realpath(resolve(REPO_ROOT, dir))] as const,
    ),
  )
  const requests: string[] = []
  const requestTimes: number[] = []

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) send(res, 500, { 'Content-Type': MIME_TYPES['.txt']! }, String(error))
      else res.destroy()
    })
  })

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const urlPath = pathOf(req.url ?? '/')
    requests.push(urlPath ?? req.url ?? '')
    requestTimes.push(Date.now())
    const base: Record<string, string> = {
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      ...(cors
        ? {
            'Access-Control-Allow-Origin': '*',
            'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
            'Access-Control-Allow-Headers': '*',
            'Cross-Origin-Resource-Policy': 'cross-origin',
          }
        : {}),
      ...(urlPath !== null && headers ? headers(urlPath) : {}),
    }
    const text = { ...base, 'Content-Type': MIME_TYPES['.txt']! }

    if (urlPath === null) return send(res, 400, text, 'Bad request')
    if (req.method === 'OPTIONS' && cors) return send(res, 204, base)
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, { ...text, Allow: 'GET, HEAD' })

    const intercepted = intercept?.(urlPath) ?? null
    if (intercepted) return send(res, intercepted.status, text, intercepted.body ?? '', req.method === 'HEAD')

    const mount = mountDirs.find(([prefix]) => urlPath.startsWith(prefix))
    const file = mount
      ? await resolveFile(mount[1], '/' + urlPath.slice(mount[0].length))
      : await resolveFile(rootDir, urlPath)
    if (file === null) return send(res, 404, text, `Not found: ${urlPath}`, req.method === 'HEAD')
    const body = await readFile(file)
    const type = MIME_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream'
    send(res, 200, { ...base, 'Content-Type': type }, body, req.method === 'HEAD')
  }

  await new Promise<void>((done, fail) => {
    server.once('error', fail)
    server.listen(port, '127.0.0.1', () => done())
  })
  const { port: boundPort } = server.address() as AddressInfo

  return {
    origin: `http://127.0.0.1:${boundPort}`,
    requests,
    requestTimes,
    close: () =>
      new Promise<void>((done, fail) => {
        // Chromium keeps connections alive; without this close() waits for its idle timeout.
        server.closeAllConnections()
        server.close((error) => (error ? fail(error) : done()))
      }),
  }
}

/** Decoded URL path without query or hash, or null when it cannot be decoded or holds a NUL byte. */
function pathOf(url: string): string | null {
  try {
    const path = decodeURIComponent(new URL(url, 'http://x').pathname)
    return path.includes('\0') ? null : path
  } catch {
    return null
  }
}

/** The file a URL path names inside rootDir, or null; symlinks may not lead outside it either. */
async function resolveFile(rootDir: string, urlPath: string): Promise<string | null> {
  let file = resolve(rootDir, '.' + urlPath)
  if (!inside(rootDir, file)) return null
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html')
    const real = await realpath(file)
    if (!inside(rootDir, real) || !(await stat(real)).isFile()) return null
    return real
  } catch {
    return null
  }
}

function inside(rootDir: string, file: string): boolean {
  const rel = relative(rootDir, file)
  return rel === '' || (!rel.startsWith('..' + sep) && rel !== '..' && !isAbsolute(rel))
}

function send(
  res: ServerResponse,
  status: number,
  headers: Record<string, string>,
  body: string | Buffer = '',
  headOnly = false,
): void {
  res.writeHead(status, { ...headers, 'Content-Length': String(Buffer.byteLength(body)) })
  res.end(headOnly ? undefined : body)
}

export interface LaunchOptions {
  /** false adds --disable-webgl --disable-3d-apis, to check the no-WebGL fallback. Default true. */
  webgl?: boolean
}

/** How we start Debian Chromium, for chromium.launch() and chromium.launchServer() alike. */
export function chromiumOptions({ webgl = true }: LaunchOptions = {}): PlaywrightLaunchOptions {
  return {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: webgl ? [...CHROMIUM_ARGS] : [...CHROMIUM_ARGS, '--disable-webgl', '--disable-3d-apis'],
  }
}

/**
 * Headless Debian Chromium. chromium.launch() refuses --user-data-dir in args; it already starts every
 * browser with a fresh profile made by mkdtemp in the OS temp dir and deletes it on browser.close(), which
 * is what a fresh --user-data-dir would give us, so we rely on that instead of launchPersistentContext.
 */
export async function launchChromium(options: LaunchOptions = {}): Promise<Browser> {
  return chromium.launch(chromiumOptions(options))
}

export interface ConsoleEntry {
  /** A console message type ('log', 'warning', 'error', …), 'pageerror' or 'requestfailed'. */
  type: string
  text: string
}

const collectors = new WeakMap<Page, ConsoleEntry[]>()

/**
 * Starts recording the page's console messages, uncaught errors and failed requests; returns the live
 * array. Call it before page.goto. Calling it again returns the same array.
 */
export function collectConsole(page: Page): ConsoleEntry[] {
  const existing = collectors.get(page)
  if (existing) return existing
  const entries: ConsoleEntry[] = []
  collectors.set(page, entries)
  page.on('console', (message) => {
    const { url, lineNumber } = message.location()
    const where = url ? ` (${url}:${lineNumber})` : ''
    entries.push({ type: message.type(), text: message.text() + where })
  })
  page.on('pageerror', (error) => entries.push({ type: 'pageerror', text: error.stack ?? error.message }))
  page.on('requestfailed', (request) =>
    entries.push({ type: 'requestfailed', text: `${request.url()}: ${request.failure()?.errorText ?? ''}` }),
  )
  return entries
}

/**
 * Console errors and uncaught exceptions, one per line. Chromium's own /favicon.ico probe is left out: the
 * page did not ask for it; an icon the page does link to still counts.
 */
export function errorsOf(entries: readonly ConsoleEntry[]): string[] {
  return entries
    .filter((e) => e.type === 'error' || e.type === 'pageerror')
    .filter((e) => !/^Failed to load resource: .* \(https?:\/\/[^/]+\/favicon\.ico:\d+\)$/.test(e.text))
    .map((e) => `[${e.type}] ${e.text}`)
}

export type ExplorerState = 'loading' | 'ready' | 'error'

/**
 * Waits until #explorer has data-state=state. Fails early when the page settles on the other final state
 * (ready vs error), and on failure the error lists what the page logged so far.
 */
export async function waitForState(page: Page, state: ExplorerState, timeoutMs = 60_000): Promise<void> {
  let seen: string | null = null
  let cause = ''
  try {
    const handle = await page.waitForFunction(
      (target) => {
        const current = document.querySelector<HTMLElement>('#explorer')?.dataset.state
        if (current === target) return current
        return current === 'ready' || current === 'error' ? current : false
      },
      state,
      { timeout: timeoutMs, polling: 100 },
    )
    seen = (await handle.jsonValue()) as string
    if (seen === state) return
  } catch (error) {
    cause = error instanceof Error ? error.message.split('\n')[0]! : String(error)
  }
  const now = await page
    .evaluate(() => {
      const el = document.querySelector<HTMLElement>('#explorer')
      return el
        ? `data-state=${el.dataset.state ?? '(none)'} data-webgl=${el.dataset.webgl ?? '(none)'}`
        : null
    })
    .catch(() => null)
  const entries = collectors.get(page)
  const log = entries
    ? entries
        .filter((e) => e.type !== 'log' && e.type !== 'debug' && e.type !== 'info')
        .map((e) => `  [${e.type}] ${e.text}`)
    : ['  (no collectConsole(page) attached before loading)']
  throw new Error(
    [
      seen
        ? `#explorer settled on data-state="${seen}" instead of "${state}" on ${page.url()}`
        : `#explorer did not reach data-state="${state}" within ${timeoutMs} ms on ${page.url()}`,
      `now: ${now ?? '#explorer not in the page'}`,
      ...(cause ? [`cause: ${cause}`] : []),
      `console errors, warnings and failed requests so far (${log.length}):`,
      ...(log.length ? log : ['  (none)']),
    ].join('\n'),
  )
}

/** Saves a PNG of the viewport into .tmp/shots/<name>.png and returns its path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  if (!/^[\w.-]+$/.test(name)) throw new Error(`screenshot name must be a plain file name: ${name}`)
  await mkdir(SHOTS_DIR, { recursive: true })
  const path = join(SHOTS_DIR, `${name}.png`)
  await page.screenshot({ path })
  return path
}
