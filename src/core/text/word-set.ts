/**
 * A list of words written as one string, as the analyses keep their word lists:
 * one line of data in the source, a set to look words up in.
 *
 * @param words The words, separated by single spaces.
 * @returns The words as a set.
 */
export function wordSet(words: string): Set<string> {
  return new Set(words.split(' '))
}
