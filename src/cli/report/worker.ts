/**
 * The worker thread behind `heed report`: tinypool calls the default export
 * once per file.
 */
import { checkFile } from './check-file.js'

export default checkFile
