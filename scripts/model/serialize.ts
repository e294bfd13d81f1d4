import type { FactWeights } from '../../src/core/fact-ranker';
import type { ModelWeights } from '../../src/core/model';

/** model-weights.json as written by `npm run train`: one feature a line, sorted, so a retrained model diffs by line. */
export function serializeModel(model: ModelWeights): string {
  const names = Object.keys(model.features).sort();
  const lines = names.map((name) => `    ${JSON.stringify(name)}: ${JSON.stringify(model.features[name])}`);
  return `{\n  "classes": ${JSON.stringify(model.classes)},\n  "thresholds": ${JSON.stringify(model.thresholds)},\n  "bias": ${JSON.stringify(model.bias)},\n`
    + `  "features": {\n${lines.join(',\n')}\n  }\n}\n`;
}

/** fact-weights.json as written by `npm run train`: one feature a line, sorted, per fact. */
export function serializeFactWeights(weights: FactWeights): string {
  const block = (name: string, body: Record<string, unknown>, rows: Record<string, unknown>) => {
    const head = Object.entries(body).map(([k, v]) => `    ${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(',\n');
    const lines = Object.keys(rows).sort().map((k) => `      ${JSON.stringify(k)}: ${JSON.stringify(rows[k])}`).join(',\n');
    return `  ${JSON.stringify(name)}: {\n${head},\n    "weights": {\n${lines}\n    }\n  }`;
  };
  const { credits, duration, tuition, format } = weights;
  return `{\n${[
    block('credits', { bias: credits.bias, threshold: credits.threshold }, credits.weights),
    block('duration', { bias: duration.bias, threshold: duration.threshold }, duration.weights),
    block('tuition', { bias: tuition.bias, threshold: tuition.threshold }, tuition.weights),
    block('format', { bias: format.bias, threshold: format.threshold }, format.weights),
  ].join(',\n')}\n}\n`;
}
