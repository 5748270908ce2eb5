import { useEffect, useId, useMemo, useRef, useState } from 'react'
import { GROUP_IDS, GROUPS, VIEW_IDS, type GroupId, type ViewId } from '../domain/groups.ts'
import { linkStateOf } from '../store/link.ts'
import { explorerStore } from '../store/index.ts'
import { IFRAME_HEIGHT, embedPageUrl, embedSnippets, iframeStyle, type EmbedSize } from './urls.ts'
import './embed-dialog.css'

const VIEW_WORDS: Readonly<Record<ViewId, string>> = {
  front: 'from the front',
  back: 'from behind',
  left: 'from the left',
  right: 'from the right',
}

type Stride = 'off' | 'still' | 'playing'

/** The sizes offered: heights for a fixed block, ratios for a block that follows the column's width. */
const SIZES: readonly { id: string; label: string; size: EmbedSize }[] = [
  { id: 'h560', label: `${IFRAME_HEIGHT} px high`, size: { height: IFRAME_HEIGHT } },
  { id: 'h420', label: '420 px high (compact)', size: { height: 420 } },
  { id: 'h720', label: '720 px high (tall)', size: { height: 720 } },
  { id: '4/5', label: 'Portrait 4 : 5, follows the column', size: { aspect: '4/5' } },
  { id: '1/1', label: 'Square 1 : 1', size: { aspect: '1/1' } },
  { id: '16/9', label: 'Wide 16 : 9', size: { aspect: '16/9' } },
]

interface Choice {
  muscle: GroupId | null
  view: ViewId | null
  stride: Stride
  phase: number
  size: string
  page: 'light' | 'dark'
}

/**
 * The Embed dialog, a small builder: the starting view or muscle, the stride still or playing, the size, and
 * how it looks on a light or dark page, with a live preview (embed.html itself) and both snippets for exactly
 * what the preview shows, each with its own Copy button. It starts from the view on screen when it opens.
 * Loaded when the reader first presses Embed (see EmbedButton); open while mounted.
 */
export function EmbedDialog({ onClosed }: { onClosed: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const ids = { muscle: useId(), view: useId(), stride: useId(), size: useId(), page: useId() }
  const [choice, setChoice] = useState<Choice>(() => {
    const link = linkStateOf(explorerStore.getState())
    return {
      muscle: link.muscle,
      view: link.view,
      stride: link.phase === null ? 'off' : link.play ? 'playing' : 'still',
      phase: link.phase ?? 40,
      size: 'h560',
      page: 'light',
    }
  })
  const set = <K extends keyof Choice>(key: K, value: Choice[K]) => setChoice((c) => ({ ...c, [key]: value }))
  const size = (SIZES.find((s) => s.id === choice.size) ?? SIZES[0]!).size
  const link = useMemo(
    () => ({
      muscle: choice.muscle,
      view: choice.view,
      phase: choice.stride === 'off' ? null : choice.phase,
    }),
    [choice.muscle, choice.view, choice.stride, choice.phase],
  )
  const play = choice.stride === 'playing'
  const snippets = useMemo(
    () => embedSnippets(window.location.href, link, { play, size }),
    [link, play, size],
  )
  const preview = useMemo(() => {
    const url = new URL(embedPageUrl(new URL('.', window.location.href), { ...link, play }))
    // The preview is on screen already: no waiting for a scroll, as the embed would in a post.
    url.searchParams.set('load', 'eager')
    return url.href
  }, [link, play])
  const shown = choice.muscle ? `the ${GROUPS[choice.muscle].name.toLowerCase()}` : 'the whole body'
  const subject = choice.view ? `${shown}, ${VIEW_WORDS[choice.view]}` : shown

  useEffect(() => {
    const el = dialog.current
    if (!el) return
    el.showModal()
    el.addEventListener('close', onClosed)
    return () => el.removeEventListener('close', onClosed)
  }, [onClosed])

  return (
    <>
      <dialog
        ref={dialog}
        className="rae-embed-dialog"
        aria-labelledby={titleId}
        // A click on the backdrop lands on the dialog element itself.
        onClick={(event) => event.target === event.currentTarget && event.currentTarget.close()}
      >
        <div className="rae-embed-dialog-body">
          <h2 className="rae-embed-dialog-title" id={titleId}>
            Put this view in your post
          </h2>
          <p className="rae-embed-dialog-lead">
            Either snippet shows {subject}. It keeps its size, loads the 3D body only when a reader scrolls
            near it and lets the page scroll until they click it.
          </p>
          <div className="rae-embed-builder">
            <div className="rae-embed-options" role="group" aria-label="What the embed shows">
              <label htmlFor={ids.muscle}>Starts on</label>
              <select
                id={ids.muscle}
                className="rae-input"
                value={choice.muscle ?? ''}
                onChange={(e) => set('muscle', (e.currentTarget.value || null) as GroupId | null)}
              >
                <option value="">The whole body</option>
                {GROUP_IDS.map((id) => (
                  <option key={id} value={id}>
                    {GROUPS[id].name}
                  </option>
                ))}
              </select>
              <label htmlFor={ids.view}>Seen</label>
              <select
                id={ids.view}
                className="rae-input"
                value={choice.view ?? ''}
                onChange={(e) => set('view', (e.currentTarget.value || null) as ViewId | null)}
              >
                <option value="">From its best side</option>
                {VIEW_IDS.map((id) => (
                  <option key={id} value={id}>
                    {VIEW_WORDS[id][0]!.toUpperCase() + VIEW_WORDS[id].slice(1)}
                  </option>
                ))}
              </select>
              <label htmlFor={ids.stride}>Stride</label>
              <select
                id={ids.stride}
                className="rae-input"
                value={choice.stride}
                onChange={(e) => set('stride', e.currentTarget.value as Stride)}
              >
                <option value="off">Standing</option>
                <option value="still">Still, at {Math.round(choice.phase)} %</option>
                <option value="playing">Playing (can be paused)</option>
              </select>
              <label htmlFor={ids.size}>Size</label>
              <select
                id={ids.size}
                className="rae-input"
                value={choice.size}
                onChange={(e) => set('size', e.currentTarget.value)}
              >
                {SIZES.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.label}
                  </option>
                ))}
              </select>
              <label htmlFor={ids.page}>Your page</label>
              <select
                id={ids.page}
                className="rae-input"
                value={choice.page}
                onChange={(e) => set('page', e.currentTarget.value as Choice['page'])}
              >
                <option value="light">Light background</option>
                <option value="dark">Dark background</option>
              </select>
            </div>
            <figure className="rae-embed-preview" data-page={choice.page}>
              <figcaption>Preview, as in a post</figcaption>
              <div className="rae-embed-preview-column">
                <iframe
                  className="rae-embed-preview-frame"
                  src={preview}
                  title="Preview of the embed"
                  width="100%"
                  height={'height' in size ? size.height : undefined}
                  style={styleOf(iframeStyle(size))}
                />
              </div>
            </figure>
          </div>
          <SnippetField
            label="Script tag (most blogs)"
            what="the script tag"
            hint="A <running-anatomy> element: change its muscle, view or phase attribute and it follows. The site serving it must send Access-Control-Allow-Origin (see the README); without it the link inside shows."
            value={snippets.script}
          />
          <SnippetField
            label="Iframe (for platforms that strip scripts)"
            what="the iframe"
            hint="Talks to your page through postMessage if you want it to; see the README."
            value={snippets.iframe}
          />
          <form method="dialog" className="rae-embed-dialog-actions">
            <button type="submit" className="rae-button">
              Close
            </button>
          </form>
        </div>
      </dialog>
    </>
  )
}

/** "border:0;aspect-ratio:16/9" as React style props, so the preview is sized exactly as the snippet says. */
function styleOf(css: string): Record<string, string> {
  return Object.fromEntries(
    css
      .split(';')
      .filter(Boolean)
      .map((rule) => {
        const [name, value] = rule.split(':') as [string, string]
        return [name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase()), value]
      }),
  )
}

interface SnippetFieldProps {
  label: string
  /** Completes the Copy button's name for screen readers: "Copy the iframe". */
  what: string
  hint: string
  value: string
}

function SnippetField({ label, what, hint, value }: SnippetFieldProps) {
  const field = useRef<HTMLTextAreaElement>(null)
  const [status, setStatus] = useState('')
  const id = useId()

  const copy = async () => {
    try {
      if (!navigator.clipboard?.writeText) throw new Error('Clipboard unavailable')
      await navigator.clipboard.writeText(value)
      setStatus('Copied')
    } catch {
      // Refused (plain http, permissions): select the text so Ctrl+C does it.
      field.current?.focus()
      field.current?.select()
      setStatus('Selected: press Ctrl+C (⌘C on a Mac) to copy')
    }
  }

  return (
    <div className="rae-snippet">
      <label className="rae-snippet-label" htmlFor={id}>
        {label}
      </label>
      <p className="rae-snippet-hint" id={`${id}-hint`}>
        {hint}
      </p>
      <textarea
        ref={field}
        id={id}
        className="rae-input rae-snippet-code"
        readOnly
        spellCheck={false}
        rows={value.split('\n').reduce((rows, line) => rows + Math.ceil(line.length / 72), 0)}
        value={value}
        aria-describedby={`${id}-hint`}
        onFocus={(event) => event.currentTarget.select()}
      />
      <div className="rae-snippet-row">
        <button type="button" className="rae-button" onClick={() => void copy()}>
          Copy<span className="rae-visually-hidden"> {what}</span>
        </button>
        <span className="rae-snippet-status" role="status">
          {status}
        </span>
      </div>
    </div>
  )
}
