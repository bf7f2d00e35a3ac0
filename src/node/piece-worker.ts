/**
 * A worker thread that checks pieces of a long document for `heed check`:
 * tinypool calls the default export with a batch of pieces.
 */
import { checkPieceBatch } from '../core/check-piece.js'

export default checkPieceBatch
