import { Menu, type MenuItemConstructorOptions, app } from 'electron'
import type { MenuEnablement } from './menu-enablement'
import { type MenuItem, menuTemplate } from './menu-template'

/** Sets the application menu from the app's state; `run` gets the id of the item clicked. */
export function setAppMenu(recentFolders: string[], enabled: MenuEnablement, run: (id: string) => void): void {
  const toElectron = (items: MenuItem[]): MenuItemConstructorOptions[] => items.map((item) => {
    const { submenu, ...rest } = item
    // Ids stay on the Electron items too: Menu.getMenuItemById() finds them (the e2e test clicks them).
    const options = { ...rest } as MenuItemConstructorOptions
    if (submenu) options.submenu = toElectron(submenu)
    const id = item.id
    if (id) options.click = () => run(id)
    return options
  })
  const template = menuTemplate({ platform: process.platform, appName: app.name, recentFolders, enabled, development: !app.isPackaged })
  Menu.setApplicationMenu(Menu.buildFromTemplate(toElectron(template)))
}
