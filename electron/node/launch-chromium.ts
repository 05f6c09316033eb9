import { type Browser, chromium } from 'playwright-core'
import { BriefdeckError } from '../../renderer/core/errors'
import { chromiumArgs, findChromium } from './find-chromium'

/** Launches the Chromium `findChromium` finds, headless and offline-quiet. */
export async function launchChromium(): Promise<Browser> {
  const location = findChromium()
  try {
    return await chromium.launch({ executablePath: location.path, args: chromiumArgs(), headless: true })
  } catch (error) {
    const first = String((error as Error).message).split('\n')[0]
    throw new BriefdeckError('E_BROWSER', `could not start ${location.path} (found via ${location.source}): ${first}`, { cause: error })
  }
}
