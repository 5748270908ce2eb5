import { useEffect, useId, useRef, useState } from 'react'
import { GROUPS, type ViewId } from '../domain/groups.ts'
import { linkStateOf } from '../store/link.ts'
import { explorerStore } from '../store/index.ts'
import { embedSnippets, type Snippets } from './urls.ts'
import './embed-dialog.css'

const VIEW_WORDS: Readonly<Record<ViewId, string>> = {
  front: 'from the front',
  back: 'from behind',
  left: 'from the left',
  right: 'from the right',
}

/**
 * The Embed dialog: both snippets for the view as it is when the dialog opens, each with its own Copy button.
 * Loaded when the reader first presses Embed (see EmbedButton); open while mounted.
 */
export function EmbedDialog({ onClosed }: { onClosed: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const [{ snippets, subject }] = useState(() => {
    const link = linkStateOf(explorerStore.getState())
    const shown = link.muscle ? `the ${GROUPS[link.muscle].name.toLowerCase()}` : 'the whole body'
    return {
      snippets: embedSnippets(window.location.href, link) as Snippets | null,
      subject: link.view ? `${shown}, ${VIEW_WORDS[link.view]}` : shown,
    }
  })
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
          {snippets && (
            <>
              <SnippetField
                label="Script tag (most blogs)"
                what="the script tag"
                hint="A <running-anatomy> element: change its muscle, view or phase attribute and it follows."
                value={snippets.script}
              />
              <SnippetField
                label="Iframe (for platforms that strip scripts)"
                what="the iframe"
                hint="Talks to your page through postMessage if you want it to; see the README."
                value={snippets.iframe}
              />
            </>
          )}
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
