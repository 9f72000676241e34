import type { Reporter, TestModule } from 'vitest/node';
import { CHROMIUM_PATH, hasChromium } from './browser.js';

/**
 * Says once, after the summary, why the browser tests were skipped and how to run them, instead of a
 * silent "skipped" count. Browser tests are the ones under a describe that names Chromium.
 */
export default class SkipNoticeReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    if (hasChromium) return;
    let skipped = 0;
    for (const module of testModules)
      for (const test of module.children.allTests()) if (test.result().state === 'skipped' && test.fullName.includes('Chromium')) skipped++;
    if (skipped === 0) return;
    process.stdout.write(
      `\n  Let op: ${skipped} browsertests overgeslagen, want Chromium ontbreekt (${CHROMIUM_PATH}).\n` +
        '  Installeer het met: apt-get install chromium   (of zet CHROMIUM_PATH op een Chromium elders)\n\n',
    );
  }
}
