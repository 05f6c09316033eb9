import { describe, expect, it } from 'vitest'
import { menuEnablement } from '../../../../electron/main/menu-enablement'
import { type MenuItem, menuTemplate } from '../../../../electron/main/menu-template'

const base = { appName: 'Briefdeck', recentFolders: ['/briefings/q3'], enabled: menuEnablement({ view: 'edit', path: 'q3.md' }, () => true), development: false }
const flat = (items: MenuItem[]): MenuItem[] => items.flatMap((item) => [item, ...flat(item.submenu ?? [])])
const labels = (items: MenuItem[]) => items.map((i) => i.label)

describe('menuTemplate', () => {
  it('follows macOS conventions: an app menu first, no Exit in File', () => {
    const mac = menuTemplate({ ...base, platform: 'darwin' })
    expect(labels(mac)).toEqual(['Briefdeck', '&File', '&Edit', '&View', '&Present', '&Window', '&Help'])
    expect(flat(mac).some((i) => i.label === 'E&xit')).toBe(false)
  })

  it('follows Windows and Linux conventions: File first, Exit at its end', () => {
    const win = menuTemplate({ ...base, platform: 'win32' })
    expect(labels(win)[0]).toBe('&File')
    expect(win[0].submenu?.at(-1)).toMatchObject({ role: 'quit', label: 'E&xit' })
  })

  it('has every command the app promises, with its accelerator', () => {
    const items = flat(menuTemplate({ ...base, platform: 'linux' }))
    const find = (label: string) => items.find((i) => i.label === label)
    expect(find('Open Folder…')).toMatchObject({ accelerator: 'CmdOrCtrl+O', id: 'open-folder' })
    expect(find('New Deck…')).toMatchObject({ accelerator: 'CmdOrCtrl+N' })
    expect(find('Save')).toMatchObject({ accelerator: 'CmdOrCtrl+S' })
    expect(find('Export Slides PDF…')).toMatchObject({ id: 'export-slides' })
    expect(find('Export Handout PDF…')).toMatchObject({ id: 'export-handout' })
    expect(find('Export Briefing Book…')).toMatchObject({ id: 'export-book' })
    expect(find('Start Presentation')).toMatchObject({ accelerator: 'F5' })
    expect(find('Presenter View')).toBeDefined()
    expect(find('Toggle Full Screen')).toMatchObject({ role: 'togglefullscreen' })
    expect(find('Zoom In')).toMatchObject({ role: 'zoomIn' })
    expect(find('/briefings/q3')).toMatchObject({ id: 'recent:0' })
  })

  it('shows Developer Tools only in development, and disables deck commands without a deck', () => {
    expect(flat(menuTemplate({ ...base, platform: 'linux' })).some((i) => i.role === 'toggleDevTools')).toBe(false)
    expect(flat(menuTemplate({ ...base, platform: 'linux', development: true })).some((i) => i.role === 'toggleDevTools')).toBe(true)
    const none = flat(menuTemplate({ ...base, platform: 'linux', enabled: menuEnablement(null, () => false), recentFolders: [] }))
    expect(none.find((i) => i.label === 'Start Presentation')?.enabled).toBe(false)
    expect(none.find((i) => i.label === 'No recent folders')?.enabled).toBe(false)
  })
})
