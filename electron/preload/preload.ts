// The desktop app's preload: exposes exactly one object, window.briefdeck, with the contract's
// channels and events and nothing else (contextIsolation keeps the page from reaching ipcRenderer).
import { contextBridge, ipcRenderer } from 'electron'
import { createPreloadBridge } from './preload-bridge'

contextBridge.exposeInMainWorld('briefdeck', createPreloadBridge(ipcRenderer))
