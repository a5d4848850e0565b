/**
 * The JSON Schema (media/networking-plan.schema.json, used by editors for completion and squiggles) and the plan's
 * own checker give the same verdict on every value: each value found in the hostile corpus and the fixtures (and a
 * few more the schema once got wrong) is put alone into a small plan, checked by both, and the verdicts compared.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { parseDocument, stringify } from 'yaml';
import { readPlan, type ProblemCode } from '../../src/core';

const ROOT = path.join(__dirname, '..', '..', '..');
const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'media', 'networking-plan.schema.json'), 'utf8')) as object;
const validate = new Ajv({ allErrors: false, strict: false }).compile(schema);

/** Verdicts about several values together (names across the plan, the journal against people), which no schema of one value can give. */
const ACROSS_VALUES: ReadonlySet<ProblemCode> = new Set(['unknown-person', 'duplicate-name', 'over-commit', 'not-in-entry', 'unknown-promise']);

/**
 * Values on which the two verdicts differ on purpose, because a JSON Schema pattern cannot say it: whether the 29th
 * of February exists in that year.
 */
const CANNOT_EXPRESS = [/^(?:\d\d(?:[02468][1235679]|[13579][01345789])|(?:[02468][1235679]|[13579][01345789])00)-02-29$/];

interface Case {
  where: string;
  plan: Record<string, unknown>;
  value: unknown;
}

function corpusFiles(): string[] {
  const corpus = path.join(ROOT, 'test', 'hostile', 'corpus');
  const files = fs.readdirSync(corpus).filter((f) => f.endsWith('.yaml')).map((f) => path.join(corpus, f));
  const fixtures = ['demo-plan.yaml', 'invalid-plan.yaml', 'edits/messy-plan.yaml', 'workspaces/basic/networking-plan.yaml'];
  return [...files, ...fixtures.map((f) => path.join(ROOT, 'test', 'fixtures', f))];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** One case per value: a setting, a person's field, a journal entry's field (`with`, which names people, aside). */
function casesOf(data: unknown, file: string): Case[] {
  if (!isRecord(data)) return [];
  const cases: Case[] = [];
  for (const [key, value] of Object.entries(data)) {
    const where = `${file}: ${key}`;
    if (key === 'settings' && isRecord(value)) {
      for (const [k, v] of Object.entries(value)) cases.push({ where: `${where}.${k}`, plan: { settings: { [k]: v } }, value: v });
    } else if (key === 'people' && Array.isArray(value)) {
      for (const person of value) {
        if (!isRecord(person)) cases.push({ where: `${where}[]`, plan: { people: [person] }, value: person });
        else for (const [k, v] of Object.entries(person)) cases.push({ where: `${where}[].${k}`, plan: { people: [k === 'name' ? { name: v } : { name: 'Ann', [k]: v }] }, value: v });
      }
    } else if (key === 'journal' && Array.isArray(value)) {
      for (const entry of value) {
        if (!isRecord(entry)) {
          cases.push({ where: `${where}[]`, plan: { journal: [entry] }, value: entry });
          continue;
        }
        for (const [k, v] of Object.entries(entry)) {
          if (k === 'with' || (isRecord(v) && k !== 'date')) continue;
          cases.push({ where: `${where}[].${k}`, plan: { people: [{ name: 'Ann' }], journal: [{ date: '2026-01-01', with: 'Ann', [k]: v }] }, value: v });
        }
      }
    } else {
      cases.push({ where, plan: { [key]: value }, value });
    }
  }
  return cases;
}

/** Values the schema used to judge unlike the checker. */
const MORE: Case[] = [
  ...['every 0 weeks', 'every 2000 days', 'every days', 'every 1000 days', 'Every 2 Weeks', 'QUARTERLY', '3W', 'every 1001 days', ''].map((v) => ({ where: `cadence ${v}`, plan: { people: [{ name: 'Ann', cadence: v }] }, value: v })),
  ...['Building', 'ESTABLISHED', ' planned ', 'build', ''].map((v) => ({ where: `stage ${v}`, plan: { people: [{ name: 'Ann', stage: v }] }, value: v })),
  ...[['Like'], 'HELP', ['like', 'Like'], [], '', null].map((v) => ({ where: `lists ${JSON.stringify(v)}`, plan: { people: [{ name: 'Ann', lists: v }] }, value: v })),
  ...[5000, 1000, 0, -1, '3', 2.5, null, ''].map((v) => ({ where: `maxNewRelationships ${JSON.stringify(v)}`, plan: { settings: { maxNewRelationships: v } }, value: v })),
  ...[42, true, null, '', '  '].map((v) => ({ where: `role ${JSON.stringify(v)}`, plan: { people: [{ name: 'Ann', role: v }] }, value: v })),
  ...['', '  ', null, 7].map((v) => ({ where: `name ${JSON.stringify(v)}`, plan: { people: [{ name: v }] }, value: v })),
  ...['2026-02-30', '2026-13-01', '2026-1-5', '2024-02-29', null].map((v) => ({ where: `next ${JSON.stringify(v)}`, plan: { people: [{ name: 'Ann', next: v }] }, value: v })),
  ...['100%', '0%', '1001%', '100', 100, ' 50 % '].map((v) => ({ where: `lapsedAfter ${JSON.stringify(v)}`, plan: { settings: { lapsedAfter: v } }, value: v })),
  ...['2026-01-01', true, false, 'yes', null].map((v) => ({ where: `archived ${JSON.stringify(v)}`, plan: { people: [{ name: 'Ann', archived: v }] }, value: v })),
];

function allCases(): Case[] {
  const cases: Case[] = [...MORE];
  for (const file of corpusFiles()) {
    const doc = parseDocument(fs.readFileSync(file, 'utf8'), { version: '1.2', uniqueKeys: false });
    if (doc.errors.length > 0) continue;
    let data: unknown;
    try {
      data = doc.toJS({ maxAliasCount: 100 });
    } catch {
      continue;
    }
    cases.push(...casesOf(data, path.relative(ROOT, file)));
  }
  return cases;
}

function checkerVerdict(text: string): string[] {
  return readPlan(text)
    .problems.filter((p) => !ACROSS_VALUES.has(p.code))
    .map((p) => `${p.code}: ${p.message}`);
}

describe('the JSON Schema and the checker', () => {
  const cases = allCases();

  it('look at many values of the hostile corpus and the fixtures', () => {
    assert.ok(cases.length > 300, `only ${cases.length} values`);
  });

  it('agree on every value: valid for one exactly when valid for the other', () => {
    const disagreements: string[] = [];
    const seen = new Set<string>();
    for (const c of cases) {
      const text = stringify(c.plan);
      if (seen.has(text)) continue;
      seen.add(text);
      const checker = checkerVerdict(text);
      const data = parseDocument(text, { version: '1.2' }).toJS() as unknown;
      const schemaOk = validate(data);
      if (schemaOk === (checker.length === 0)) continue;
      if (typeof c.value === 'string' && CANNOT_EXPRESS.some((re) => re.test(c.value as string))) continue;
      const schemaSays = schemaOk ? 'schema accepts' : `schema rejects (${validate.errors?.map((e) => `${e.instancePath} ${e.message}`).join('; ')})`;
      disagreements.push(`${c.where} = ${JSON.stringify(c.value)}: ${schemaSays}; checker ${checker.length === 0 ? 'accepts' : `says ${checker.join(' | ')}`}`);
    }
    assert.deepEqual(disagreements, []);
  });

  it('say the real rule for maxNewRelationships (0 to 1000) and the cadence counts (1 to 1000)', () => {
    const plan = (settings: Record<string, unknown>) => stringify({ settings });
    assert.equal(validate(parseDocument(plan({ maxNewRelationships: 5000 })).toJS()), false);
    assert.match(checkerVerdict(plan({ maxNewRelationships: 5000 })).join(), /0 to 1000|0 and 1000|0–1000/);
    assert.equal(validate(parseDocument(plan({ defaultCadence: 'every 1000 days' })).toJS()), true);
    assert.equal(validate(parseDocument(plan({ defaultCadence: 'every 1001 days' })).toJS()), false);
  });
});
