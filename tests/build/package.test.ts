/**
 * The store packages (scripts/package.mjs): the deterministic zip writer and reader, and what goes into the source
 * package AMO reviewers rebuild from. The full pipeline (build, web-ext, two builds compared) is
 * `npm run package:check`; it takes too long for the unit tests.
 */
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { artifactName, crc32, readZip, ROOT, sourceFiles, writeZip } from '../../scripts/package.mjs';

const entries = [
  { name: 'manifest.json', data: Buffer.from('{"manifest_version":3}\n') },
  { name: 'content/gate.js', data: Buffer.from('console.log(1);'.repeat(50)) },
  { name: '_locales/es/messages.json', data: Buffer.from('{"cardYes":{"message":"Sí"}}') },
  { name: 'icons/empty.png', data: Buffer.alloc(0) },
];

describe('writeZip', () => {
  it('gives the same bytes whatever the order of its input', () => {
    expect(writeZip(entries).equals(writeZip([...entries].reverse()))).toBe(true);
  });

  it('round-trips through readZip, entries sorted by name', () => {
    const read = readZip(writeZip(entries));
    expect(read.map((e) => e.name)).toEqual(['_locales/es/messages.json', 'content/gate.js', 'icons/empty.png', 'manifest.json']);
    for (const entry of entries) expect(read.find((e) => e.name === entry.name)?.data.equals(entry.data)).toBe(true);
  });

  it('stamps entries 1980-01-01 00:00 and deflates what shrinks', () => {
    const gate = entries[1]!;
    const zip = writeZip([gate]);
    expect(zip.readUInt32LE(0)).toBe(0x04034b50);
    expect(zip.readUInt16LE(8)).toBe(8);
    expect(zip.readUInt16LE(10)).toBe(0);
    expect(zip.readUInt16LE(12)).toBe(0x21);
    const nameLength = zip.readUInt16LE(26);
    const body = zip.subarray(30 + nameLength, 30 + nameLength + zip.readUInt32LE(18));
    expect(body.length).toBeLessThan(gate.data.length);
    expect(inflateRawSync(body).equals(gate.data)).toBe(true);
  });

  it('refuses names a store would reject or unpack outside the folder', () => {
    for (const name of ['', '/etc/passwd', 'dir/', 'a\\b']) {
      expect(() => writeZip([{ name, data: Buffer.alloc(1) }])).toThrow(/bad entry name/);
    }
    expect(() => writeZip([entries[0]!, entries[0]!])).toThrow(/twice/);
  });

  it('has the standard CRC-32', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
  });

  it('names the packages after the browser and version', () => {
    expect(artifactName('chrome', '0.1.0')).toBe('mba-lens-chrome-0.1.0.zip');
    expect(artifactName('firefox', '0.1.0')).toBe('mba-lens-firefox-0.1.0.zip');
  });
});

describe('the source package', () => {
  const files = sourceFiles(ROOT);

  it('holds what `npm ci && npm run package` needs', () => {
    for (const file of ['package.json', 'package-lock.json', 'build.mjs', 'manifest.json', 'scripts/package.mjs', 'src/locales/en/extension.json']) {
      expect(files).toContain(file);
    }
    expect(files.some((file) => file.startsWith('assets/icons/'))).toBe(true);
  });

  it('leaves out installed, built and test files', () => {
    expect(files.filter((file) => /^(node_modules|dist|web-ext-artifacts|tests)\//.test(file))).toEqual([]);
  });
});
