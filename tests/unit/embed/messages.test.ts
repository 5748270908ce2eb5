import { describe, expect, test } from 'vitest'
import fc from 'fast-check'
import { GROUP_IDS } from '../../../src/domain/groups.ts'
import { linkStateOfCommand } from '../../../src/embed/bridge.ts'
import {
  MAX_MESSAGE_BYTES,
  parseCommand,
  parseEvent,
  parseOriginList,
  phaseOfAttribute,
  withinLimits,
} from '../../../src/embed/messages.ts'
import { embedPageUrl, embedSnippets } from '../../../src/embed/urls.ts'
import { parseLink } from '../../../src/domain/links.ts'

describe('parseCommand', () => {
  test('accepts the three commands', () => {
    expect(parseCommand({ type: 'running-anatomy:select', muscle: 'calves' })).toEqual({
      type: 'running-anatomy:select',
      muscle: 'calves',
    })
    expect(parseCommand({ type: 'running-anatomy:select', muscle: null })).toEqual({
      type: 'running-anatomy:select',
      muscle: null,
    })
    expect(parseCommand({ type: 'running-anatomy:view', view: 'back' })).toEqual({
      type: 'running-anatomy:view',
      view: 'back',
    })
    expect(parseCommand({ type: 'running-anatomy:phase', phase: 42.5 })).toEqual({
      type: 'running-anatomy:phase',
      phase: 42.5,
    })
  })

  test('drops unknown keys, so nothing else of a message survives', () => {
    const parsed = parseCommand({ type: 'running-anatomy:select', muscle: 'core', extra: { x: 1 } })
    expect(Object.keys(parsed ?? {})).toEqual(['type', 'muscle'])
  })

  const select = 'running-anatomy:select'
  let deep: Record<string, unknown> = { type: select, muscle: 'core' }
  for (let i = 0; i < 5000; i++) deep = { type: select, muscle: 'core', next: deep }
  const cyclic: Record<string, unknown> = { type: select, muscle: 'core' }
  cyclic.self = cyclic
  const polluted = JSON.parse('{"__proto__":{"type":"running-anatomy:select","muscle":"core"}}') as unknown
  const withProto = Object.create({ type: select, muscle: 'core' }) as object

  test.each<[string, unknown]>([
    ['a string', JSON.stringify({ type: select, muscle: 'core' })],
    ['a number', 42],
    ['null', null],
    ['undefined', undefined],
    ['an array', [{ type: select, muscle: 'core' }]],
    ['an oversized object', { type: select, muscle: 'core', pad: 'x'.repeat(MAX_MESSAGE_BYTES) }],
    ['an oversized value', { type: select, muscle: 'c'.repeat(65) }],
    ['a deep object', deep],
    ['a cyclic object', cyclic],
    ['an own __proto__ key', polluted],
    ['an inherited type', withProto],
    ['an unknown type', { type: 'running-anatomy:explode' }],
    ['another widget', { type: 'other:select', muscle: 'core' }],
    ['a wrong value type', { type: select, muscle: ['core'] }],
    ['an empty name', { type: select, muscle: '' }],
    ['a date', { type: select, muscle: new Date() }],
    ['a bad view', { type: 'running-anatomy:view', view: 'top' }],
    ['a phase out of range', { type: 'running-anatomy:phase', phase: 101 }],
    ['a phase as text', { type: 'running-anatomy:phase', phase: '50' }],
    ['NaN', { type: 'running-anatomy:phase', phase: Number.NaN }],
    ['an event', { type: 'running-anatomy:ready' }],
  ])('rejects %s', (_name, data) => {
    expect(parseCommand(data)).toBeNull()
  })

  test('never throws, whatever arrives', () => {
    fc.assert(
      fc.property(
        fc.anything({ withNullPrototype: true, withMap: true, withSet: true, withDate: true }),
        (data) => {
          parseCommand(data)
          parseEvent(data)
        },
      ),
      { numRuns: 500 },
    )
  })

  test('a script string is a valid name but selects nothing', () => {
    const command = parseCommand({ type: select, muscle: '<img src=x onerror=alert(1)>' })
    expect(command).not.toBeNull()
    expect(linkStateOfCommand(command!)).toBeNull()
    expect(linkStateOfCommand({ type: select, muscle: '__proto__' })).toBeNull()
    expect(linkStateOfCommand({ type: select, muscle: 'constructor' })).toBeNull()
  })
})

test('select resolves group ids, muscle ids and plain names, like links', () => {
  for (const id of GROUP_IDS)
    expect(linkStateOfCommand({ type: 'running-anatomy:select', muscle: id })).toEqual({ muscle: id })
  expect(linkStateOfCommand({ type: 'running-anatomy:select', muscle: 'soleus' })).toEqual({
    muscle: 'calves',
  })
  expect(linkStateOfCommand({ type: 'running-anatomy:select', muscle: 'Upper back' })).toEqual({
    muscle: 'upper-back',
  })
  expect(linkStateOfCommand({ type: 'running-anatomy:phase', phase: 100 })).toEqual({ phase: 0 })
})

test('parseEvent only accepts group ids in muscle-change', () => {
  expect(parseEvent({ type: 'running-anatomy:muscle-change', muscle: 'glutes' })).not.toBeNull()
  expect(parseEvent({ type: 'running-anatomy:muscle-change', muscle: null })).not.toBeNull()
  expect(parseEvent({ type: 'running-anatomy:muscle-change', muscle: 'soleus' })).toBeNull()
  expect(parseEvent({ type: 'running-anatomy:select', muscle: 'glutes' })).toBeNull()
})

test('withinLimits', () => {
  expect(withinLimits({ type: 'x', a: { b: 1 } })).toBe(true)
  expect(withinLimits({ type: 'x', a: { b: { c: 1 } } })).toBe(false)
  expect(withinLimits(Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`k${i}`, i])))).toBe(false)
})

test('parseOriginList', () => {
  expect(parseOriginList(null)).toBeNull()
  expect(parseOriginList('')).toBeNull()
  expect(parseOriginList('https://blog.example, https://www.blog.example/')).toEqual([
    'https://blog.example',
    'https://www.blog.example',
  ])
  // Given but unusable: nobody may steer, rather than everybody.
  expect(parseOriginList('javascript:alert(1),https://blog.example/path,*')).toEqual([])
})

describe('snippets', () => {
  test('absolute URLs beside the page, state carried, play left out', () => {
    const { iframe, script } = embedSnippets(
      'https://runners.example/tools/anatomy/index.html?muscle=calves',
      {
        muscle: 'calves',
        view: 'back',
        phase: 20,
        play: true,
      },
    )
    expect(iframe).toContain(
      'src="https://runners.example/tools/anatomy/embed.html?muscle=calves&amp;view=back&amp;phase=20"',
    )
    expect(iframe).toContain('loading="lazy"')
    expect(iframe).toContain('title="Running Anatomy Explorer: the calves in 3D"')
    // No default border on the iframe (issue 23).
    expect(iframe).toContain('style="border:0"')
    // The element holds a link to the explorer and one line of why, shown when its script cannot load (issue 23).
    expect(script).toBe(
      '<running-anatomy muscle="calves" view="back" phase="20">' +
        '<a href="https://runners.example/tools/anatomy/index.html?muscle=calves&amp;view=back&amp;phase=20">' +
        'Running Anatomy Explorer: the calves in 3D</a> (if you can read this, the 3D view could not load on this page)' +
        '</running-anatomy>\n' +
        '<script type="module" src="https://runners.example/tools/anatomy/running-anatomy.js"></script>',
    )
  })

  test('the builder’s choices: the stride playing, a ratio instead of a height', () => {
    const { iframe, script } = embedSnippets(
      'https://x.example/',
      { muscle: 'core' },
      {
        play: true,
        size: { aspect: '16/9' },
      },
    )
    expect(iframe).toContain('src="https://x.example/embed.html?muscle=core&amp;phase=0&amp;play=1"')
    expect(iframe).toContain('style="border:0;width:100%;height:auto;aspect-ratio:16/9"')
    expect(iframe).not.toContain('height="')
    expect(script).toMatch(/^<running-anatomy muscle="core" phase="0" play style="aspect-ratio:16\/9">/)
    const tall = embedSnippets('https://x.example/', {}, { size: { height: 720 } })
    expect(tall.iframe).toContain('height="720"')
    expect(tall.script).toMatch(/^<running-anatomy height="720">/)
  })

  test('the whole body, and an allow-list', () => {
    const { script } = embedSnippets('https://x.example/', {})
    expect(script.startsWith('<running-anatomy><a href="https://x.example/index.html">')).toBe(true)
    expect(embedPageUrl('https://x.example/', {}, ['https://blog.example'])).toBe(
      'https://x.example/embed.html?origin=https%3A%2F%2Fblog.example',
    )
  })
})

test('an exercise demo travels into the embed and its snippets, playing unless the link holds it (play=0)', () => {
  // A blogger writing about calf raises embeds the calf raise.
  const held = embedPageUrl('https://x.example/', { exercise: 'single-leg-calf-raise', play: false }, [])
  expect(held).toBe('https://x.example/embed.html?play=0&exercise=single-leg-calf-raise')
  expect(parseLink(new URL(held).search).state).toMatchObject({
    exercise: 'single-leg-calf-raise',
    play: false,
  })
  // Playing is the demo's default, so it is not written; the stride's play=1 never reaches an embed.
  const playing = embedPageUrl('https://x.example/', { exercise: 'single-leg-calf-raise', play: true }, [])
  expect(playing).toBe('https://x.example/embed.html?exercise=single-leg-calf-raise')
  const { iframe, script } = embedSnippets('https://x.example/index.html', { exercise: 'glute-bridge' })
  expect(iframe).toContain('embed.html?exercise=glute-bridge')
  expect(script).toContain('<running-anatomy exercise="glute-bridge">')
})

test('phaseOfAttribute takes any plain number of percent, as a script would set it', () => {
  expect(phaseOfAttribute('40')).toBe(40)
  expect(phaseOfAttribute(' 12.5 ')).toBe(12.5)
  expect(phaseOfAttribute(String(100 / 3))).toBeCloseTo(33.333, 3)
  expect(phaseOfAttribute('0')).toBe(0)
  expect(phaseOfAttribute('100')).toBe(100)
  for (const bad of ['', '  ', 'soon', '-1', '100.5', 'NaN', 'Infinity', '4O', '1'.repeat(65)])
    expect(phaseOfAttribute(bad), bad).toBeNull()
})
