import { useId, useMemo } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { GROUPS, GROUP_IDS, isGroupId } from '../domain/groups.ts'
import { phaseAt } from '../domain/gait.ts'
import { formatPhase } from '../domain/links.ts'
import { getGroupContent } from '../content/index.ts'
import { linkStateOf } from '../store/link.ts'
import { selectedGroup, useExplorer } from '../store/index.ts'
import { Notices } from '../ui/Notices.tsx'
import { SourceRefs } from '../ui/SourceRefs.tsx'
import { STRIKE_NAMES, isTypicalLab } from '../domain/lab.ts'
import { appUrl } from './urls.ts'

/** The folder embed.html was served from: the full explorer lives beside it. */
const SITE_BASE = new URL('.', window.location.href)

/**
 * The embed's compact panel for a 300–700 px column: the open group in a few lines, a picker, and the way
 * out to the full explorer. Flags stay on every fact shown; numbered sources live in the full explorer.
 */
export function EmbedPanel() {
  const selected = useExplorer(selectedGroup)
  const stride = useExplorer((s) => s.stride)
  const phase = useExplorer((s) => s.phase)
  const select = useExplorer((s) => s.select)
  // The selector runs on every store change, hover included: it only picks the link's four fields, and the
  // URL is built again only when one of them changed.
  const link = useExplorer(useShallow(linkStateOf))
  const fullUrl = useMemo(() => appUrl(SITE_BASE, link), [link])
  const pickerId = useId()
  const lab = useExplorer((s) => s.lab)

  const content = selected ? getGroupContent(selected) : null
  const moment = stride ? phaseAt(phase) : null

  return (
    <aside className="rae-embed-panel" aria-label="About the muscle group">
      <Notices />
      <div className="rae-embed-scroll">
        {selected && content ? (
          <article className="rae-embed-about" data-group={selected} aria-labelledby="rae-embed-title">
            <h2 className="rae-embed-title" id="rae-embed-title">
              {GROUPS[selected].name}
              <span className="rae-embed-anatomical"> · {GROUPS[selected].anatomicalName}</span>
            </h2>
            {/* Flags lead the sentence here: in a short frame the end of a paragraph may be scrolled away. */}
            <p className="rae-embed-text">
              <SourceRefs sources={content.summary.sources} flags={content.summary.flags} />{' '}
              {content.summary.text}
            </p>
            {moment && (
              <p className="rae-embed-text rae-embed-moment">
                <SourceRefs
                  sources={content.phases[moment.id].sources}
                  flags={content.phases[moment.id].flags}
                />{' '}
                <strong>
                  {moment.name} ({formatPhase(phase)} % of the stride):
                </strong>{' '}
                {content.phases[moment.id].text}
              </p>
            )}
          </article>
        ) : (
          <p className="rae-embed-text rae-embed-intro">
            Click a muscle on the body, or pick a group below, to see what it does when you run.
          </p>
        )}
        {stride && !isTypicalLab(lab) && (
          // The post's setting in words: the body runs it, and the full explorer lists its loads and sources.
          <p className="rae-embed-text rae-embed-lab" data-lab={`${lab.speed}|${lab.steprate}|${lab.strike}`}>
            <strong>Stride lab:</strong> {lab.speed} m/s, step rate {lab.steprate} % of the runner's own,{' '}
            {STRIKE_NAMES[lab.strike].toLowerCase()}.
          </p>
        )}
      </div>
      <div className="rae-embed-actions">
        <label className="rae-embed-picker" htmlFor={pickerId}>
          <span className="rae-visually-hidden">Muscle group</span>
          <select
            id={pickerId}
            className="rae-input rae-embed-select"
            value={selected ?? ''}
            onChange={(event) => select(isGroupId(event.target.value) ? event.target.value : null)}
          >
            <option value="">Whole body</option>
            {GROUP_IDS.map((id) => (
              <option key={id} value={id}>
                {GROUPS[id].name}
              </option>
            ))}
          </select>
        </label>
        <a className="rae-embed-open" href={fullUrl} target="_blank" rel="noopener">
          Open in full explorer<span aria-hidden="true"> ↗</span>
          <span className="rae-visually-hidden"> (new tab; sources and exercises are there)</span>
        </a>
      </div>
    </aside>
  )
}
