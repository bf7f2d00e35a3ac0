/**
 * Runs a retext plugin on the shared nlcst tree and hands back its messages,
 * so third-party checks report through the same finding shape as our own.
 */
import type { Root } from 'nlcst'
import type { Plugin } from 'unified'
import { unified } from 'unified'
import { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'

/** A retext plugin set up once with its options, to run on many trees. */
export interface RetextChecker {
  runSync(tree: never, file: VFile): unknown
}

/**
 * Set a retext plugin up once: its attacher (which may index hundreds of phrases) runs here, not per tree.
 *
 * @param plugin The retext plugin.
 * @param options Its options.
 * @returns The frozen processor.
 */
export function retextChecker<Options>(plugin: Plugin<[Options], Root>, options: Options): RetextChecker {
  return unified().use(plugin, options).freeze() as unknown as RetextChecker
}

/**
 * Run a checker over a tree without touching the caller's file.
 *
 * @param checker From `retextChecker`.
 * @param tree The nlcst tree (not changed by checking plugins).
 * @param text The source text.
 * @returns The plugin's messages.
 */
export function runChecker(checker: RetextChecker, tree: Root, text: string): VFileMessage[] {
  const file = new VFile({ value: text })
  checker.runSync(tree as never, file)
  return file.messages
}

/** Source offsets of a retext message, or undefined when it has no place. */
export function messageOffsets(message: VFileMessage): [number, number] | undefined {
  const place = message.place
  if (!place || !('start' in place)) return undefined
  const start = place.start.offset
  const end = place.end.offset
  return start === undefined || end === undefined ? undefined : [start, end]
}
