/**
 * The sentence models learned from the annotated documents when heed is built
 * (scripts/train-sentence-model.ts, `npm run build:models`), kept out of
 * `./index.ts` and `./on-demand.ts` so that a bundle of `lint` loads them, with
 * the code that reads them, only after the other checks have run.
 */
export { DWELLS_MODEL } from './generated/dwells-model.js'
export { WEIGHS_MODEL } from './generated/weighs-model.js'
