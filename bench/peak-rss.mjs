/**
 * Loaded with `node --import` into a process the report benchmark times: at exit it writes the
 * process's peak resident memory (all threads) and CPU time to standard error as one JSON line.
 */
import { writeSync } from 'node:fs'

process.on('exit', () => {
  const usage = process.resourceUsage()
  writeSync(2, `\nheed-bench ${JSON.stringify({ maxRssKB: usage.maxRSS, userMs: usage.userCPUTime / 1000, systemMs: usage.systemCPUTime / 1000 })}\n`)
})
