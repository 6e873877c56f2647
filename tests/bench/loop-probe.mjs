// Preloaded into the web instances by `npm run bench:scale` (node --import): the instance's own
// event-loop delay, measured where it happens. On SIGUSR2 it writes the figures since the last
// SIGUSR2 to $SIEVE_LOOP_PROBE_DIR/<pid>.json and starts over.
import { writeFileSync } from "node:fs";
import path from "node:path";
import process from "node:process";
import { monitorEventLoopDelay } from "node:perf_hooks";

const loop = monitorEventLoopDelay({ resolution: 10 });
loop.enable();
process.on("SIGUSR2", () => {
  const ms = (ns) => ns / 1e6;
  const figures = { p50_ms: ms(loop.percentile(50)), p99_ms: ms(loop.percentile(99)), max_ms: ms(loop.max), samples: loop.count };
  writeFileSync(path.join(process.env.SIEVE_LOOP_PROBE_DIR, `${process.pid}.json`), JSON.stringify(figures));
  loop.reset();
});
