import type { ModelWeights } from '../../src/core/model';

/** model-weights.json as written by `npm run train`: one feature a line, sorted, so a retrained model diffs by line. */
export function serializeModel(model: ModelWeights): string {
  const names = Object.keys(model.features).sort();
  const lines = names.map((name) => `    ${JSON.stringify(name)}: ${JSON.stringify(model.features[name])}`);
  return `{\n  "classes": ${JSON.stringify(model.classes)},\n  "thresholds": ${JSON.stringify(model.thresholds)},\n  "bias": ${JSON.stringify(model.bias)},\n`
    + `  "features": {\n${lines.join(',\n')}\n  }\n}\n`;
}
