// **exit-stats** — preloaded (`node --import ./bench/exit-stats.mjs …`) into a process the bench
// measures as a user runs it (the CLI itself): at exit it writes { seconds, cpuSeconds, maxRssMB } to
// the file LL_BENCH_STATS names. Seconds count from the process's start (module loading included).
import { writeFileSync } from 'node:fs';

const file = process.env.LL_BENCH_STATS;
if (file) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(file, JSON.stringify({
      seconds: performance.now() / 1000,
      cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6,
      maxRssMB: Math.round(usage.maxRSS / 1024),
    }));
  });
}
