import { GUIDE } from '../content/guide.ts'
import { Glossed } from './Glossed.tsx'
import { SourceRefs } from './SourceRefs.tsx'

/** How strength work fits around running: how often, where, how to start, before a race, tendon pain. */
export function FitItIn() {
  return (
    <ul className="rae-facts rae-fit">
      {GUIDE.fitItIn.map((item) => (
        <li key={item.title} className="rae-fact">
          <strong className="rae-fact-title">{item.title}</strong>
          <span>
            <Glossed text={item.text} /> <SourceRefs sources={item.sources} flags={item.flags} />
          </span>
        </li>
      ))}
    </ul>
  )
}
