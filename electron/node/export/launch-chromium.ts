import type { Browser } from 'playwright-core'
import { BriefdeckError } from '../../../renderer/core/errors'
import { chromiumArgs, findChromium } from './find-chromium'

/** Launches the Chromium `findChromium` finds, headless and offline-quiet. */
export async function launchChromium(): Promise<Browser> {
  const location = findChromium()
  // Loaded on demand: playwright-core takes a quarter of a second to load, which `build` never needs.
  const { chromium } = await import('playwright-core')
  try {
    return await chromium.launch({ executablePath: location.path, args: chromiumArgs(), headless: true })
  } catch (error) {
    const first = String((error as Error).message).split('\n')[0]
    throw new BriefdeckError('E_BROWSER', `could not start ${location.path} (found via ${location.source}): ${first}`, { cause: error })
  }
}
