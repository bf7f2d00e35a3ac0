/** The templates compiled when the page is built (web/build/precompile-templates.ts). */
declare module 'virtual:heed-precompiled-templates' {
  const compiled: ReadonlyMap<string, unknown>
  export default compiled
}
