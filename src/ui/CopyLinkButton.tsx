import { useEffect, useRef, useState } from 'react'
import { explorerStore } from '../store/index.ts'

const COPIED = 'Link copied'
const COPY_BY_HAND = 'Press Ctrl+C (⌘C on a Mac) to copy the selected link.'
/** Notes about copying tidy themselves away; a bad-link note stays until dismissed. */
const NOTE_MS = 4000

const timers = new Map<string, number>()

function announce(text: string): void {
  const { addNotice, dismissNotice } = explorerStore.getState()
  window.clearTimeout(timers.get(text))
  addNotice(text)
  timers.set(
    text,
    window.setTimeout(() => {
      timers.delete(text)
      dismissNotice(text)
    }, NOTE_MS),
  )
}

/**
 * Copies the address bar (the link sync keeps it at `?muscle=&view=`). Where the clipboard API is missing or
 * refused (plain http, an iframe without permission) the link appears in a selected read-only field instead.
 */
export function CopyLinkButton() {
  const [fallbackUrl, setFallbackUrl] = useState<string | null>(null)
  const inputRef = useRef<HTMLInputElement>(null)

  useEffect(() => {
    const input = inputRef.current
    if (fallbackUrl === null || !input) return
    input.focus()
    input.select()
    let copied = false
    try {
      // Deprecated, but the only synchronous copy left where the async clipboard is refused.
      copied = document.execCommand('copy')
    } catch {
      copied = false
    }
    announce(copied ? COPIED : COPY_BY_HAND)
  }, [fallbackUrl])

  const copy = async () => {
    const url = window.location.href
    try {
      if (!navigator.clipboard?.writeText) throw new Error('Clipboard unavailable')
      await navigator.clipboard.writeText(url)
      setFallbackUrl(null)
      announce(COPIED)
    } catch {
      setFallbackUrl(url)
    }
  }

  return (
    <div className="rae-copy">
      {/* On a phone the word "Copy" goes, to keep the header to two rows; the name stays "Copy link". */}
      <button type="button" className="rae-button" aria-label="Copy link" onClick={() => void copy()}>
        <span className="rae-copy-verb">Copy </span>
        <span className="rae-copy-noun">link</span>
      </button>
      {fallbackUrl !== null && (
        <div className="rae-copy-fallback">
          <label className="rae-copy-label">
            <span className="rae-visually-hidden">Link to this view</span>
            <input ref={inputRef} className="rae-input" type="text" readOnly value={fallbackUrl} />
          </label>
          <button type="button" className="rae-button" onClick={() => setFallbackUrl(null)}>
            Done
          </button>
        </div>
      )}
    </div>
  )
}
