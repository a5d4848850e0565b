import * as assert from 'node:assert/strict';
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(__dirname, '../../..');

/** The activation bundle as `npm run build` makes it (scripts/build.mjs), in memory. */
async function activationBundle(): Promise<{ bytes: number; inputs: string[] }> {
  const result = await esbuild.build({
    entryPoints: [path.join(root, 'src/extension.ts')],
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    alias: { yaml: './node_modules/yaml/browser/index.js' },
    define: { WEB_BUILD: 'false' },
    minify: true,
    write: false,
    metafile: true,
    outfile: 'extension.js',
    logLevel: 'silent',
  });
  const output = Object.values(result.metafile.outputs)[0];
  return { bytes: result.outputFiles[0].contents.byteLength, inputs: Object.keys(output.inputs) };
}

describe('lazy bundles', function () {
  this.timeout(60_000);

  it('keeps the activation bundle under 250 KB, leaving the commands to a bundle loaded on first use', async () => {
    const { bytes, inputs } = await activationBundle();
    assert.ok(bytes <= 250 * 1024, `dist/extension.js would be ${bytes} bytes`);
    const lazyEntries = fs.readdirSync(path.join(root, 'src')).filter((d) => fs.existsSync(path.join(root, 'src', d, 'lazy.ts')));
    assert.ok(lazyEntries.includes('commands'), `lazy entries: ${lazyEntries.join(', ')}`);
    const leaked = inputs.filter((i) => lazyEntries.some((d) => i === `src/${d}/lazy.ts`) || /^src\/commands\/\w+Commands\.ts$/.test(i));
    assert.deepEqual(leaked, []);
  });

  it('leaves the iCalendar parser to the meetings bundle', async () => {
    const { inputs } = await activationBundle();
    assert.ok(fs.existsSync(path.join(root, 'src/meetings/lazy.ts')));
    assert.deepEqual(inputs.filter((i) => i.includes('ical.js') || i.startsWith('src/meetings/readCalendar')), []);
  });

});
