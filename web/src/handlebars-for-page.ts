/**
 * What `import Handlebars from 'handlebars'` gives the core inside the page
 * (web/build/precompile-templates.ts points the import here): the runtime and
 * the templates compiled when the page was built.
 */
import Runtime from 'handlebars/runtime'
import compiled from 'virtual:heed-precompiled-templates'
import { precompiledHandlebars } from './precompiled-handlebars.js'
import type { HandlebarsRuntime } from './precompiled-handlebars.js'

export default precompiledHandlebars(Runtime as unknown as HandlebarsRuntime, compiled)
