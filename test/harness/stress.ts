import { spawn } from 'node:child_process';

/** The environment switch that runs the tests with one core kept busy by another process (as on a loaded CI machine). */
export const STRESS_ENV = 'STRESS';

/**
 * With STRESS=1, starts a process that keeps one core busy until the returned function is called (or this process
 * exits): timing-dependent tests must still pass with it running.
 */
export function startStressIfAsked(): () => void {
  if (process.env[STRESS_ENV] !== '1') return () => undefined;
  const busy = spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' });
  console.log(`STRESS=1: one core kept busy by process ${busy.pid} while the tests run`);
  const stop = (): void => {
    if (busy.exitCode === null) busy.kill('SIGKILL');
  };
  process.once('exit', stop);
  return stop;
}
