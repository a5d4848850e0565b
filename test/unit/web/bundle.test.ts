import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { builtinModules } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import * as ts from 'typescript';

const ROOT = path.resolve(__dirname, '../../../..');
const ESBUILD = path.join(ROOT, 'node_modules', '.bin', 'esbuild');

/** Our modules that only Node can run: none of them may reach the web bundles. */
const NODE_ONLY = ['src/extension.ts', 'src/nodePlatform.ts', 'src/planReadWorker.ts', 'src/cli.ts', 'src/store/nodePause.ts', 'src/store/nodePlanWorker.ts', 'src/store/readNow.ts'];
/** What the extension host gives a CommonJS module besides the Web Worker's globals. */
const MODULE_SCOPE = new Set(['require', 'module', 'exports']);

interface Metafile {
  inputs: Record<string, { imports: { path: string; external?: boolean }[] }>;
  outputs: Record<string, { imports: { path: string; external?: boolean }[] }>;
}

/** Every `src/<feature>/lazy.ts`: what the Node extension loads from dist/lazy on first use. */
function lazyModules(): string[] {
  const src = path.join(ROOT, 'src');
  return fs.readdirSync(src).filter((d) => fs.existsSync(path.join(src, d, 'lazy.ts'))).map((d) => `src/${d}/lazy.ts`);
}

/** The esbuild commands of `npm run build:web`, as argument lists. */
function webBuildCommands(): string[][] {
  const script = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts['build:web'];
  return script
    .split('&&')
    .map((command) => command.trim().split(/\s+/))
    .filter((words) => words[0] === 'esbuild')
    .map((words) => words.slice(1));
}

/** Runs one of those commands with its output (and a metafile) in `dir` instead of dist/web. */
function build(args: string[], dir: string, entry?: string) {
  const outfile = path.join(dir, path.basename(args.find((a) => a.startsWith('--outfile='))!.slice('--outfile='.length)));
  const metafile = `${outfile}.meta.json`;
  const rest = args.filter((a) => !a.startsWith('--outfile=') && !a.startsWith('--sourcemap'));
  const final = entry ? [entry, ...rest.filter((a) => a.startsWith('--'))] : rest;
  const run = spawnSync(ESBUILD, [...final, `--outfile=${outfile}`, `--metafile=${metafile}`, '--log-level=error'], { cwd: ROOT, encoding: 'utf8' });
  const meta = run.status === 0 ? (JSON.parse(fs.readFileSync(metafile, 'utf8')) as Metafile) : undefined;
  return { status: run.status, stderr: run.stderr, outfile, meta };
}

/** Identifiers the bundle uses that nothing in it declares and a Web Worker does not have (TypeScript's own lib for it). */
function unknownGlobals(file: string): Map<string, string[]> {
  const options: ts.CompilerOptions = { allowJs: true, noEmit: true, target: ts.ScriptTarget.ES2022, lib: ['lib.es2022.d.ts', 'lib.webworker.d.ts'], types: [] };
  const program = ts.createProgram([file], options);
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file)!;
  const found = new Map<string, string[]>();
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && !isNameOnly(node) && !isGuarded(node) && checker.getSymbolAtLocation(node) === undefined) {
      const uses = found.get(node.text) ?? [];
      uses.push(node.parent.getText(source).slice(0, 80));
      found.set(node.text, uses);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** `typeof X` never throws, and `typeof X < "u" ? X : …` (or `!== "undefined"`) reads X only where it exists. */
function isGuarded(node: ts.Identifier): boolean {
  if (ts.isTypeOfExpression(node.parent)) return true;
  for (let child: ts.Node = node, up = node.parent; up !== undefined; child = up, up = up.parent) {
    if (ts.isConditionalExpression(up) && up.whenTrue === child && checksDefined(up.condition, node.text)) return true;
  }
  return false;
}

/** `typeof name !== "undefined"`, `typeof name != "undefined"` or the minified `typeof name < "u"`. */
function checksDefined(condition: ts.Expression, name: string): boolean {
  if (!ts.isBinaryExpression(condition) || !ts.isTypeOfExpression(condition.left)) return false;
  const operand = condition.left.expression;
  const right = condition.right;
  if (!ts.isIdentifier(operand) || operand.text !== name || !ts.isStringLiteral(right)) return false;
  const op = condition.operatorToken.kind;
  return (
    ((op === ts.SyntaxKind.ExclamationEqualsEqualsToken || op === ts.SyntaxKind.ExclamationEqualsToken) && right.text === 'undefined') ||
    (op === ts.SyntaxKind.LessThanToken && right.text === 'u')
  );
}

/** A property's name, a label or a declaration's own name: not a reference to a variable. */
function isNameOnly(node: ts.Identifier): boolean {
  const parent = node.parent;
  return (
    (ts.isPropertyAccessExpression(parent) && parent.name === node) ||
    (ts.isPropertyAssignment(parent) && parent.name === node) ||
    (ts.isBindingElement(parent) && parent.propertyName === node) ||
    (ts.isMethodDeclaration(parent) && parent.name === node) ||
    (ts.isPropertyDeclaration(parent) && parent.name === node) ||
    ((ts.isGetAccessor(parent) || ts.isSetAccessor(parent)) && parent.name === node) ||
    ts.isLabeledStatement(parent) ||
    ts.isBreakOrContinueStatement(parent)
  );
}

describe('web bundles (npm run build:web)', function () {
  this.timeout(120_000);
  let dir = '';
  const commands = webBuildCommands();

  before(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'networking-plan-web-'))));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('builds the extension (with its lazy modules) and its worker for the browser, from no Node built-in and none of our Node-only modules', () => {
    assert.deepEqual(commands.map((args) => args[0]), ['src/web/extension.ts', 'src/web/planReadWorker.ts']);
    for (const args of commands) {
      assert.ok(args.includes('--platform=browser'), `${args[0]} is built for the browser`);
      const { status, stderr, meta } = build(args, dir);
      assert.equal(status, 0, stderr);
      const inputs = Object.keys(meta!.inputs);
      assert.ok(inputs.some((i) => i.startsWith('src/core/')), 'the plan core is in');
      assert.deepEqual(inputs.filter((i) => i.startsWith('node:') || builtinModules.includes(i) || NODE_ONLY.includes(i)), [], `inputs of ${args[0]}`);
      if (args[0] === 'src/web/extension.ts') {
        // The browser bundle holds the lazy modules (src/lazy.ts), so the checks here cover them too.
        assert.deepEqual(lazyModules().filter((m) => !inputs.includes(m)), [], 'lazy modules left out of the web bundle');
      }
      const external = Object.values(meta!.outputs).flatMap((o) => o.imports.filter((i) => i.external).map((i) => i.path));
      assert.deepEqual([...new Set(external)], args[0] === 'src/web/extension.ts' ? ['vscode'] : [], `what ${args[0]} loads at run time`);
    }
  });

  it('fails to build when a Node built-in slips in', () => {
    for (const module of ['node:fs', 'path', 'worker_threads']) {
      const entry = path.join(dir, `with-${module.replace(/\W/g, '-')}.ts`);
      fs.writeFileSync(entry, `import '${path.join(ROOT, 'src', 'web', 'extension')}';\nimport * as m from '${module}';\nconsole.log(m);\n`);
      const { status, stderr } = build(commands[0], dir, entry);
      assert.notEqual(status, 0, `${module} was bundled`);
      assert.match(stderr, new RegExp(`Could not resolve "${module}"`));
    }
  });

  it('uses no global that a Web Worker lacks: no process, Buffer, setImmediate, global, __dirname', () => {
    for (const args of commands) {
      const { outfile } = build(args, dir);
      const unknown = unknownGlobals(outfile);
      const allowed = args[0] === 'src/web/extension.ts' ? MODULE_SCOPE : new Set<string>();
      const wrong = [...unknown].filter(([name]) => !allowed.has(name));
      // (What it requires is checked above, from the metafile: only `vscode`.)
      assert.deepEqual(wrong, [], `globals of ${args[0]}`);
    }
  });

  it('finds such a global when one is there (the check itself works)', () => {
    const file = path.join(dir, 'uses-node.js');
    fs.writeFileSync(file, 'const x = { process: 1 }; x.process; function f(Buffer) { return Buffer; }\nsetImmediate(() => process.exit(global.y));\nnew Worker("w.js"); postMessage(1);\n');
    assert.deepEqual([...unknownGlobals(file).keys()].sort(), ['global', 'process', 'setImmediate']);
    // Guarded reads pass; an unguarded one beside them, or one guarded by another name, does not.
    fs.writeFileSync(file, 'const a = typeof window < "u" ? window : {};\nconst b = typeof global !== "undefined" ? global.x : self;\nconst c = typeof self < "u" ? window : 1;\nBuffer.from(a, b, c);\n');
    assert.deepEqual([...unknownGlobals(file).keys()].sort(), ['Buffer', 'window']);
  });
});
