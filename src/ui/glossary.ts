/**
 * Plain words for technical terms: each glossary term is explained once per panel, where it first appears in
 * reading order. Pure helpers here; the component that renders them is Glossed.tsx.
 */
import { createContext, useContext } from 'react'
import type { GlossaryEntry } from '../content/types.ts'

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

const patterns = new WeakMap<GlossaryEntry, RegExp>()

/** Whole-word match of the term or any of its other spellings; abbreviations may follow a number ("15RM"). */
export function termPattern(entry: GlossaryEntry): RegExp {
  let re = patterns.get(entry)
  if (!re) {
    const words = [entry.term, ...(entry.also ?? [])].sort((a, b) => b.length - a.length)
    const abbreviation = /^[A-Z0-9₂]+$/.test(entry.term)
    re = new RegExp(`(?<![A-Za-z])(?:${words.map(escape).join('|')})(?![A-Za-z])`, abbreviation ? '' : 'i')
    patterns.set(entry, re)
  }
  return re
}

/** Which entries are first used in which text, for texts given in reading order. */
export type FirstUses = ReadonlyMap<string, readonly GlossaryEntry[]>

export function findFirstUses(texts: readonly string[], glossary: readonly GlossaryEntry[]): FirstUses {
  const out = new Map<string, GlossaryEntry[]>()
  for (const entry of glossary) {
    const re = termPattern(entry)
    const text = texts.find((t) => re.test(t))
    if (text === undefined) continue
    const list = out.get(text) ?? []
    list.push(entry)
    out.set(text, list)
  }
  return out
}

export interface GlossPiece {
  readonly text: string
  /** Set on the piece that is the term itself. */
  readonly entry?: GlossaryEntry
}

/** Splits a text so each given entry's first occurrence is its own piece. */
export function splitGloss(text: string, entries: readonly GlossaryEntry[]): GlossPiece[] {
  const hits = entries
    .map((entry) => {
      const m = termPattern(entry).exec(text)
      return m ? { entry, start: m.index, end: m.index + m[0].length } : null
    })
    .filter((h) => h !== null)
    .sort((a, b) => a.start - b.start)
  const pieces: GlossPiece[] = []
  let at = 0
  for (const h of hits) {
    if (h.start < at) continue
    if (h.start > at) pieces.push({ text: text.slice(at, h.start) })
    pieces.push({ text: text.slice(h.start, h.end), entry: h.entry })
    at = h.end
  }
  if (at < text.length) pieces.push({ text: text.slice(at) })
  return pieces
}

/**
 * A panel's glossary state: which text explains which terms, and which rendered copy of a text does so when
 * the same sentence appears more than once (a shared effort line on several cards explains only on the first).
 */
export interface Glossary {
  readonly uses: FirstUses
  /** Text → the id of the component that explains it; filled in document order as the panel renders. */
  readonly owners: Map<string, string>
}

export function glossaryFor(uses: FirstUses): Glossary {
  return { uses, owners: new Map() }
}

export const FirstUsesContext = createContext<Glossary>(glossaryFor(new Map()))

export function useGlossary(): Glossary {
  return useContext(FirstUsesContext)
}
