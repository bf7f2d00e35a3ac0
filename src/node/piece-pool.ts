/**
 * A long document checked on every core. Once `lint` has read the first piece
 * of a long document (its kind and letter type), the other pieces go out in
 * batches to worker threads, and this thread takes batches too. Each batch is
 * checked by `checkPieceBatch`, as `lint` checks pieces in one thread, and the
 * results are put back in order, so the findings are the same either way.
 */
import { existsSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'
import { checkPieceBatch } from '../core/check-piece.js'
import type { PieceBatch, PieceChecker, PieceResult } from '../core/check-piece.js'

/** Pieces in a batch (about 64,000 characters): a message is cheap beside the work, and no thread waits long for the last batch. */
const PIECES_PER_BATCH = 8

/**
 * A piece lives only while it is checked. With V8's default young generation many pieces
 * lived just long enough to be moved to the old one and collected there, at several times the
 * cost. 48 MB kept a 10 MB file of letters under 450 MB in all (96 MB took more memory for no
 * more speed).
 */
const YOUNG_GENERATION_MB = 48

/** Pieces are small, so a worker's heap stays far below this. */
const OLD_GENERATION_MB = 512

export interface PiecePool {
  /** Checks pieces on this thread and the workers; give it to `lint` as `checkPieces`. */
  checkPieces: PieceChecker
  /** Stops the workers. */
  close: () => Promise<void>
  /** Batches of pieces the workers have checked so far (this thread checks the rest). */
  readonly batchesInWorkers: number
}

/** The worker's file, built beside the CLI (dist/cli/piece-worker.js), a folder above its chunks. */
function workerFile(): string | undefined {
  for (const relative of ['./piece-worker.js', '../piece-worker.js']) {
    const path = fileURLToPath(new URL(relative, import.meta.url))
    if (existsSync(path)) return path
  }
  return undefined
}

/**
 * Start worker threads for long documents.
 *
 * @param workers How many worker threads (default: one fewer than the cores, since this thread checks pieces too).
 * @returns The pool, or undefined when there is no second core, no built worker file or no
 *   tinypool (an optional dependency); the caller then checks pieces in its own thread.
 */
export async function openPiecePool(workers: number = availableParallelism() - 1): Promise<PiecePool | undefined> {
  const filename = workers > 0 ? workerFile() : undefined
  if (!filename) return undefined
  let Tinypool: typeof import('tinypool').Tinypool
  try {
    Tinypool = (await import('tinypool')).Tinypool
  } catch {
    return undefined
  }
  // Two batches in flight a worker: this thread, busy with a batch of its own, answers a
  // worker's result only between its batches, and the worker must not wait for that.
  const pool = new Tinypool({
    filename,
    minThreads: workers,
    maxThreads: workers,
    concurrentTasksPerWorker: 2,
    useAtomics: false,
    resourceLimits: { maxOldGenerationSizeMb: OLD_GENERATION_MB, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
  })
  let batchesInWorkers = 0
  const checkPieces: PieceChecker = async (batch) => {
    const batches: PieceBatch[] = []
    for (let i = 0; i < batch.texts.length; i += PIECES_PER_BATCH) batches.push({ ...batch, texts: batch.texts.slice(i, i + PIECES_PER_BATCH) })
    const results: PieceResult[][] = new Array(batches.length)
    let next = 0
    const lane = async (check: PieceChecker) => {
      while (next < batches.length) {
        // Checking a batch here never leaves the microtask queue, so this thread's event loop,
        // which hands batches to the workers and takes their results, runs only between batches.
        await new Promise(setImmediate)
        if (next === batches.length) break
        const i = next++
        results[i] = await check(batches[i]!)
      }
    }
    // A worker that fails (out of memory, say) leaves its batch to this thread.
    const inWorker: PieceChecker = (part) =>
      (pool.run(part) as Promise<PieceResult[]>).then(
        (results) => {
          batchesInWorkers++
          return results
        },
        () => checkPieceBatch(part),
      )
    await Promise.all([lane(checkPieceBatch), ...Array.from({ length: workers * 2 }, () => lane(inWorker))])
    return results.flat()
  }
  return {
    checkPieces,
    close: () => pool.destroy(),
    get batchesInWorkers() {
      return batchesInWorkers
    },
  }
}
