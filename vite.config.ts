import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import { resolve } from 'node:path'
import { contentCheck } from './src/content/vite-plugin.ts'
import { webComponentBuild } from './src/embed/vite-plugin.ts'

// Relative base: the built site works from any folder of a blog's host, and the embed script finds
// embed.html and the model next to itself.
export default defineConfig({
  base: './',
  plugins: [react(), contentCheck(), webComponentBuild()],
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
