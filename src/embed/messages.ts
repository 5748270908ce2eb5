/**
 * The postMessage contract between a host page and the embed (embed.html, or the iframe inside
 * <running-anatomy>). Both sides validate everything they receive: a message is plain data from a page we do
 * not control, so anything that is not exactly one of these shapes is dropped without a word.
 */
import * as z from 'zod/mini'
import { VIEW_IDS, isGroupId, type GroupId, type ViewId } from '../domain/groups.ts'

export const MESSAGE_PREFIX = 'running-anatomy:'
/** Real messages are under 100 bytes; anything near this is not ours. */
export const MAX_MESSAGE_BYTES = 2048
/** A command is one flat object: {type, muscle}. Allow one level of nesting for future fields, no more. */
export const MAX_MESSAGE_DEPTH = 2
const MAX_KEYS = 8
/** Enough for any group id, muscle id or plain group name (resolveGroup accepts all three). */
const MAX_NAME = 64

const name = z.string().check(z.minLength(1), z.maxLength(MAX_NAME))
const percent = z.number().check(z.gte(0), z.lte(100))

const commandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('running-anatomy:select'), muscle: z.nullable(name) }),
  z.object({ type: z.literal('running-anatomy:view'), view: z.enum(VIEW_IDS) }),
  z.object({ type: z.literal('running-anatomy:phase'), phase: z.nullable(percent) }),
])

const groupOrNull = z.nullable(z.string().check(z.refine((v) => isGroupId(v))))

const eventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('running-anatomy:ready') }),
  z.object({ type: z.literal('running-anatomy:muscle-change'), muscle: groupOrNull }),
  z.object({ type: z.literal('running-anatomy:error'), message: z.string().check(z.maxLength(300)) }),
])

/** Commands a host page may send to the embed. `muscle` may be a group id, a muscle id or a group name. */
export type Command =
  | { type: 'running-anatomy:select'; muscle: string | null }
  | { type: 'running-anatomy:view'; view: ViewId }
  | { type: 'running-anatomy:phase'; phase: number | null }

/** Events the embed posts to its parent. They carry no private data (see the README's Embedding section). */
export type EmbedEvent =
  | { type: 'running-anatomy:ready' }
  | { type: 'running-anatomy:muscle-change'; muscle: GroupId | null }
  | { type: 'running-anatomy:error'; message: string }

/**
 * Cheap structural limits checked before any schema runs: a plain object, shallow, few keys and small once
 * serialised. Walks at most MAX_MESSAGE_DEPTH levels, so a hostile million-level object costs nothing.
 */
export function withinLimits(data: unknown): boolean {
  if (!isPlainRecord(data)) return false
  const fits = (value: unknown, depth: number): boolean => {
    if (value === null || typeof value !== 'object') return typeof value !== 'function'
    if (depth >= MAX_MESSAGE_DEPTH) return false
    if (!Array.isArray(value) && !isPlainRecord(value)) return false
    const keys = Object.keys(value)
    if (keys.length > MAX_KEYS) return false
    return keys.every((k) => fits((value as Record<string, unknown>)[k], depth + 1))
  }
  if (!fits(data, 0)) return false
  try {
    return JSON.stringify(data).length <= MAX_MESSAGE_BYTES
  } catch {
    return false
  }
}

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const proto: unknown = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}

function hasOurPrefix(data: Record<string, unknown>): boolean {
  return typeof data.type === 'string' && data.type.startsWith(MESSAGE_PREFIX)
}

/** A valid command, or null for anything else (other widgets' messages, junk, attacks). Never throws. */
export function parseCommand(data: unknown): Command | null {
  if (!withinLimits(data) || !hasOurPrefix(data as Record<string, unknown>)) return null
  const result = commandSchema.safeParse(data)
  return result.success ? (result.data as Command) : null
}

/** A valid embed event, or null. Never throws. */
export function parseEvent(data: unknown): EmbedEvent | null {
  if (!withinLimits(data) || !hasOurPrefix(data as Record<string, unknown>)) return null
  const result = eventSchema.safeParse(data)
  return result.success ? (result.data as EmbedEvent) : null
}

/**
 * The element's `phase` attribute: any plain number of percent from 0 to 100 (`40`, `33.333333333333336`,
 * as a script would set it), else null. Commands carry it as is; the frame rounds it.
 */
export function phaseOfAttribute(value: string): number | null {
  if (value.trim() === '' || value.length > 64) return null
  const n = Number(value)
  return Number.isFinite(n) && n >= 0 && n <= 100 ? n : null
}

/**
 * The `origin` parameter of the embed URL: comma-separated origins allowed to send commands. Entries that
 * are not a plain http(s) origin are dropped; an empty or missing parameter means "anyone".
 */
export function parseOriginList(raw: string | null): string[] | null {
  if (raw === null || raw.trim() === '' || raw.length > 1024) return null
  const origins = raw
    .split(',')
    .map((entry) => entry.trim())
    .flatMap((entry) => {
      try {
        const url = new URL(entry)
        return (url.protocol === 'https:' || url.protocol === 'http:') &&
          url.origin === entry.replace(/\/$/, '')
          ? [url.origin]
          : []
      } catch {
        return []
      }
    })
  // A list that was given but held nothing usable must not silently open the embed to everyone.
  return origins.length > 0 ? origins : []
}
