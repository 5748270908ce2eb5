import { defineConfig, type Plugin, type PluginOption } from 'vite'
import react from '@vitejs/plugin-react'
import { resolve } from 'node:path'
import { contentCheck } from './src/content/vite-plugin.ts'
import { ELEMENT_FILE, webComponentBuild } from './src/embed/vite-plugin.ts'
import { PLAIN_MODEL_FILE, hashedModel } from './src/scene/vite-plugin.ts'
import { meshoptSimdOnly, threeFromSource, threeStubs } from './src/scene/vite-plugin-three.ts'

// vite-plugin-pwa, loaded by a specifier TypeScript does not follow: its types import workbox-build's, whose
// type-fest pulls the esnext lib into the whole type check (the generator's typed arrays in
// packages/body-generator/src/gltf.ts then fail).
const PWA_PLUGIN: string = 'vite-plugin-pwa'
const { VitePWA } = (await import(PWA_PLUGIN)) as { VitePWA: (options: object) => PluginOption }

// Relative base: the built site works from any folder of a blog's host, and the embed script finds
// embed.html and the model next to itself.
export default defineConfig({
  base: './',
  plugins: [
    react(),
    threeFromSource(),
    threeStubs(),
    meshoptSimdOnly(),
    contentCheck(),
    hashedModel(),
    webComponentBuild(),
    embedOnlyFiles(),
    // Offline at the track: a Workbox service worker (dist/sw.js) precaches the app page, every chunk it can
    // load (content, panels, plan, stride included), the model and the icons, each by content hash, so a new
    // build replaces the old cache entry by entry. src/app/service-worker.ts registers it from index.html only,
    // once the page is ready and idle.
    VitePWA({
      registerType: 'autoUpdate',
      // No workbox-window in the bundle and no register script in embed.html: src/main.tsx does it.
      injectRegister: false,
      includeManifestIcons: false,
      manifest: {
        name: 'Running Anatomy Explorer',
        short_name: 'Running Anatomy',
        description:
          'Rotate a 3D runner, click a muscle group and learn what it does in each phase of the stride and how to train it.',
        start_url: './',
        scope: './',
        display: 'standalone',
        theme_color: '#1f4e5f',
        background_color: '#f4f6f5',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{html,js,css,svg,png,glb}'], // the manifest is added by the plugin
        // The embed's page and script live in bloggers' pages; they are never precached (their chunks
        // are taken out below, in manifestTransforms, as the bundle names them).
        // The model goes in under its content-hashed name only (hashedModel()), the one the app loads.
        globIgnores: ['embed.html', ELEMENT_FILE, PLAIN_MODEL_FILE],
        // Content-hashed names need no revision: the URL is the version. For the model that also makes the
        // cache key its plain URL, under which the page hands the worker the copy it already fetched.
        dontCacheBustURLsMatching: /^assets\/|^models\/body\.[0-9a-f]{10}\.glb$/,
        manifestTransforms: [
          (entries: { url: string }[]) => ({
            manifest: entries.filter((entry) => !embedOnly.has(entry.url)),
            warnings: [],
          }),
        ],
        // The model (about 730 KiB) and the 3D chunk must fit: Workbox leaves a larger file out with only a warning.
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        // The app keeps its state in the query (?muscle=calves&view=back): any query still finds the
        // precached index.html. Without a navigation fallback nothing else in the folder is ever answered
        // with index.html, embed.html included: it always comes from the network.
        ignoreURLParametersMatching: [/./],
        navigateFallback: null,
        // A new version takes over at once and drops the old precache; src/main.tsx then reloads into it.
        skipWaiting: true,
        clientsClaim: true,
        cleanupOutdatedCaches: true,
      },
    }),
    manifestLinkOnAppOnly(),
  ],
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
    rollupOptions: {
      input: {
        main: resolve(import.meta.dirname, 'index.html'),
        embed: resolve(import.meta.dirname, 'embed.html'),
      },
      // running-anatomy.js (the web component) is built on its own by webComponentBuild(): one file, no
      // chunks shared with the app, and a fixed name, since bloggers paste it into their pages.
    },
  },
})

/** Output files (chunks, their CSS) that only embed.html can load, filled in when the bundle is written. */
const embedOnly = new Set<string>()

/** Records which output files are reachable from the embed entry but never from the app's. */
function embedOnlyFiles(): Plugin {
  return {
    name: 'running-anatomy:embed-only-files',
    apply: 'build',
    generateBundle(_options, bundle) {
      const reachable = (entry: string): Set<string> => {
        const seen = new Set<string>()
        const start = Object.values(bundle).find(
          (file) => file.type === 'chunk' && file.isEntry && file.name === entry,
        )
        const queue = start ? [start.fileName] : []
        for (let name = queue.pop(); name !== undefined; name = queue.pop()) {
          if (seen.has(name)) continue
          seen.add(name)
          const file = bundle[name]
          if (file?.type !== 'chunk') continue
          queue.push(...file.imports, ...file.dynamicImports)
          queue.push(...(file.viteMetadata?.importedCss ?? []), ...(file.viteMetadata?.importedAssets ?? []))
        }
        return seen
      }
      const app = reachable('main')
      embedOnly.clear()
      for (const name of reachable('embed')) if (!app.has(name)) embedOnly.add(name)
    },
  }
}

/** vite-plugin-pwa links the manifest from every page; the embed is no app to install, so not from embed.html. */
function manifestLinkOnAppOnly(): Plugin {
  return {
    name: 'running-anatomy:manifest-link-on-app-only',
    apply: 'build',
    enforce: 'post',
    transformIndexHtml: {
      order: 'post',
      handler: (html, ctx) =>
        ctx.path.endsWith('/embed.html') ? html.replace(/<link rel="manifest"[^>]*>/g, '') : html,
    },
  }
}
