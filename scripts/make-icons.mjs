#!/usr/bin/env node
// @ts-check
/**
 * Renders assets/icons/icon.svg to the PNG sizes the manifest names. Run by hand after changing the SVG:
 * the PNGs are committed, so `npm ci && npm run build` needs no image tool (rsvg-convert comes from Debian's
 * librsvg2-bin, which a fresh machine does not have).
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ICON_SIZES = [16, 32, 48, 128];

const dir = fileURLToPath(new URL('../assets/icons/', import.meta.url));

try {
  execFileSync('rsvg-convert', ['--version'], { stdio: 'ignore' });
} catch {
  console.error('make-icons: rsvg-convert not found; install it with `apt-get install -y librsvg2-bin`.');
  process.exit(1);
}

for (const size of ICON_SIZES) {
  const out = `${dir}icon-${size}.png`;
  execFileSync('rsvg-convert', ['--width', String(size), '--height', String(size), '--output', out, `${dir}icon.svg`]);
  console.log(`wrote ${out}`);
}
