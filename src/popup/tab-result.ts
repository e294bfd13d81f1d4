/** What the popup can do with the current tab's result (parsed on receipt by src/messages/analysis-result.ts). */
import type { AnalysisResult } from '../core/types';

/** True when the result has something the popup can show and save. */
export function hasComparison(result: AnalysisResult | null): result is AnalysisResult & { kind: 'mba-program' | 'ai-career' } {
  return result !== null && result.kind !== 'none' && result.comparison.length > 0;
}
