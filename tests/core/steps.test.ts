import { describe, expect, it } from 'vitest';
import { extractFacts, extractFactSteps } from '../../src/core/extract';
import { snapshotFromText } from '../../src/core/snapshot';
import { runSteps, runStepsYielding, type Steps } from '../../src/core/steps';

function* threeSteps(log: string[]): Steps<string> {
  log.push('a');
  yield;
  log.push('b');
  yield;
  log.push('c');
  return 'done';
}

const PROGRAM = snapshotFromText(
  ['Full-time MBA', 'Our MBA is a 48-credit program that students complete in 21 months.', 'Total tuition for the program is $62,000.'].join('\n'),
  { url: 'https://www.example.edu/mba/', title: 'Full-time MBA' },
);

describe('steps', () => {
  it('runs straight through, or gives the main thread back between steps', async () => {
    const log: string[] = [];
    expect(runSteps(threeSteps(log))).toBe('done');
    expect(log).toEqual(['a', 'b', 'c']);
    const yielded: string[] = [];
    const result = await runStepsYielding(threeSteps(yielded), async () => void yielded.push('yield'));
    expect(result).toBe('done');
    expect(yielded).toEqual(['a', 'yield', 'b', 'yield', 'c']);
  });

  it('splits an MBA page\'s extraction after its candidate phrases, with the same facts either way', async () => {
    let yields = 0;
    const stepped = await runStepsYielding(extractFactSteps(PROGRAM, 'mba-program'), async () => void yields++);
    expect(yields).toBeGreaterThanOrEqual(1);
    expect(stepped).toEqual(extractFacts(PROGRAM, 'mba-program'));
    expect(stepped.facts.credits).toBe(48);
  });
});
