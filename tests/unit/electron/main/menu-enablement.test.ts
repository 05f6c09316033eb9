import { describe, expect, it } from 'vitest'
import { menuEnablement } from '../../../../electron/main/menu-enablement'
import { type MenuItem, menuTemplate } from '../../../../electron/main/menu-template'

const flat = (items: MenuItem[]): MenuItem[] => items.flatMap((item) => [item, ...flat(item.submenu ?? [])])
/** Which menu items are enabled when the focused window shows `view`. */
function enabledItems(view: Parameters<typeof menuEnablement>[0], presenting = false): Record<string, boolean> {
  const items = flat(menuTemplate({ platform: 'linux', appName: 'Briefdeck', recentFolders: [], development: false, enabled: menuEnablement(view, () => presenting) }))
  const ids = ['save', 'export-slides', 'export-handout', 'export-book', 'start-presentation', 'presenter-view', 'swap-displays']
  return Object.fromEntries(ids.map((id) => [id, items.find((item) => item.id === id)?.enabled !== false]))
}

describe('menu enablement follows the focused window', () => {
  it('applies deck commands to the deck selected in the library, without Save', () => {
    expect(enabledItems({ view: 'library', path: '01-overview.md' })).toEqual({
      save: false, 'export-slides': true, 'export-handout': true, 'export-book': true, 'start-presentation': true, 'presenter-view': true, 'swap-displays': false,
    })
    expect(menuEnablement({ view: 'library', path: '01-overview.md' }, () => false).deck).toBe('01-overview.md')
  })

  it('enables Save in the editor, and the deck commands for the deck being edited', () => {
    expect(enabledItems({ view: 'edit', path: 'q3.md' })).toMatchObject({ save: true, 'export-slides': true, 'start-presentation': true })
  })

  it('enables Swap Displays only while that deck is being presented', () => {
    expect(enabledItems({ view: 'presenter', path: 'q3.md' }, true)).toMatchObject({ save: false, 'swap-displays': true })
    expect(enabledItems({ view: 'presenter', path: 'q3.md' }, false)).toMatchObject({ 'swap-displays': false })
  })

  it('leaves only folder commands with no deck selected or no window focused', () => {
    for (const view of [{ view: 'library' as const, path: null }, null]) {
      expect(enabledItems(view)).toEqual({
        save: false, 'export-slides': false, 'export-handout': false, 'export-book': true, 'start-presentation': false, 'presenter-view': false, 'swap-displays': false,
      })
    }
  })
})
