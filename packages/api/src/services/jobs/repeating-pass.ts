/**
 * A pass over due work (jobs, letters) that never runs twice at once: asked while one runs, it
 * runs once more right after (so work queued meanwhile does not wait for the timer), and every
 * `intervalMs` once started. `stop` waits for the pass in flight.
 */
export interface RepeatingPass {
  /** Runs a pass now, or once more after the one in flight; resolves with what that pass did. */
  run(): Promise<number>;
  start(intervalMs: number): void;
  stop(): Promise<void>;
}

export function repeatingPass(pass: () => Promise<number>, onError: (error: unknown) => void): RepeatingPass {
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<number> | null = null;
  let again = false;
  let stopped = true;

  const run = (): Promise<number> => {
    if (running) {
      again = true;
      return running;
    }
    running = pass()
      .catch((error: unknown) => {
        onError(error);
        return 0;
      })
      .finally(() => {
        running = null;
        if (again && !stopped) {
          again = false;
          void run();
        }
      });
    return running;
  };

  return {
    run,
    start(intervalMs) {
      stopped = false;
      const schedule = () => {
        if (stopped) return;
        timer = setTimeout(() => void run().then(schedule), intervalMs);
        timer.unref();
      };
      schedule();
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
