import type { Reporter, TestModule } from 'vitest/node';
/**
 * Ends every run with one plain line, `N passed, N failed, N skipped`, which CI and people can read
 * without knowing vitest's own summary format.
 */
export default class SummaryReporter implements Reporter {
    onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void;
}
