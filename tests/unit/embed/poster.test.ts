// @vitest-environment jsdom
import { expect, test } from 'vitest'
import { POSTER_CSS, createPoster, posterLabel } from '../../../src/embed/poster.ts'

test('createPoster builds the outline, a real button and a status line, with parts for bloggers', () => {
  const { root, button, note } = createPoster(document, posterLabel('Calves'))
  expect(root.getAttribute('part')).toBe('poster')
  expect(button.type).toBe('button')
  expect(button.getAttribute('part')).toBe('button')
  expect(button.textContent).toBe('Explore the calves in 3D')
  expect(note.getAttribute('role')).toBe('status')
  expect([...root.children].map((el) => el.tagName.toLowerCase())).toEqual(['svg', 'button', 'p'])
  expect(root.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true')
})

test('POSTER_CSS styles every class createPoster uses, and nothing else', () => {
  const { root } = createPoster(document, posterLabel(null))
  const used = new Set(
    [root, ...root.querySelectorAll('*')].flatMap((el) =>
      (el.getAttribute('class') ?? '').split(/\s+/).filter(Boolean),
    ),
  )
  const styled = new Set([...POSTER_CSS.matchAll(/\.([a-z][\w-]*)/g)].map((m) => m[1]))
  expect(styled).toEqual(used)
})
