/**
 * Loaded with `node --import` into a process the report benchmark times: at exit it writes to
 * standard error, as one JSON line, the process's peak resident memory and CPU time (both for
 * all its threads together: worker threads share the process's memory and are counted in it),
 * and, on Linux, the CPU time of the main thread alone.
 */
import { readFileSync, writeSync } from 'node:fs'

/** Clock ticks per second in /proc: USER_HZ, 100 on every Linux that Node runs on. */
const TICKS = 100

/** The main thread's user and system time in ms, from /proc (its thread id is the process id), or null. */
function mainThreadMs() {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8')
    // Fields after the command name, which is in parentheses and may hold spaces: utime and stime are the 12th and 13th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS
  } catch {
    return null
  }
}

process.on('exit', () => {
  const usage = process.resourceUsage()
  const line = { maxRssKB: usage.maxRSS, userMs: usage.userCPUTime / 1000, systemMs: usage.systemCPUTime / 1000, mainThreadMs: mainThreadMs() }
  writeSync(2, `\nheed-bench ${JSON.stringify(line)}\n`)
})
