/**
 * The worker thread behind `heed report`: tinypool calls the default export
 * once per batch of files.
 */
import { checkBatch } from './check-file.js'

export default checkBatch
