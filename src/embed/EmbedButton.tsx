import { useCallback, useState, type ComponentType } from 'react'
import { explorerStore } from '../store/index.ts'

type Dialog = ComponentType<{ onClosed: () => void }>

/**
 * "Embed" in the app's toolbar. The dialog (snippets, URL building, its styles) is fetched on the first press:
 * most visitors never open it, so the first load does not carry it.
 */
export function EmbedButton() {
  const [dialog, setDialog] = useState<{ Dialog: Dialog } | null>(null)
  const [open, setOpen] = useState(false)
  const onClosed = useCallback(() => setOpen(false), [])

  const press = () => {
    if (dialog) return setOpen(true)
    import('./EmbedDialog.tsx').then(
      (m) => {
        setDialog({ Dialog: m.EmbedDialog })
        setOpen(true)
      },
      () => explorerStore.getState().addNotice('The embed snippets could not load. Check your connection.'),
    )
  }

  return (
    <>
      <button type="button" className="rae-button rae-embed-open" aria-haspopup="dialog" onClick={press}>
        Embed
      </button>
      {open && dialog && <dialog.Dialog onClosed={onClosed} />}
    </>
  )
}
