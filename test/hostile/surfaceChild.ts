/**
 * Runs one surface of the core on one hostile case in a fresh process (argv: case name, surface), so
 * that a crash of the whole process (which a warm process may not show) is seen. Prints "ok" when done.
 */
import { applyEdit, EditError, PlanReader, readPlan } from '../../src/core';
import { loadCase } from './cases';

const SURFACES: Record<string, (text: string) => void> = {
  readPlan: (text) => void readPlan(text),
  PlanReader: (text) => void new PlanReader().read(text),
  applyEdit: (text) => {
    try {
      applyEdit(text, { kind: 'addPerson', person: { name: 'Probe Person', lists: ['like'] } });
    } catch (error) {
      if (!(error instanceof EditError)) throw error;
    }
  },
};

const [name, surface] = process.argv.slice(2);
const run = SURFACES[surface];
if (!run) throw new Error(`unknown surface ${surface}`);
for (const text of loadCase(name).texts) run(text);
process.stdout.write('ok\n');
