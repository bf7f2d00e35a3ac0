/**
 * Fails when folders of src/ import each other in a circle. Each folder under
 * src/, and each under src/core/, is a room (src/core/analyses/accuracy/ is
 * part of core/analyses; a file directly in src/core/ is in core). A value
 * import from a file in one room to a file in another is an edge; type-only
 * imports are left out, as they vanish from the built code. Every cycle is
 * listed with its rooms and one import behind each of its edges.
 *
 * Usage: `tsx scripts/check-cycles.ts [DIR]` (DIR defaults to src).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'

/** One import from a file in one room to a file in another. */
export interface RoomEdge {
  from: string
  to: string
  /** The importing file and the imported one, relative to the source folder. */
  file: string
  target: string
}

/**
 * The room a file belongs to.
 * @param path the file's path relative to the source folder, with `/` separators
 * @returns `core/<folder>` inside src/core/, otherwise the top folder; `.` for a file at the top
 */
export function roomOf(path: string): string {
  const parts = path.split('/')
  if (parts.length === 1) return '.'
  if (parts[0] === 'core' && parts.length > 2) return `core/${parts[1]}`
  return parts[0]!
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(path)
    return /\.(ts|tsx|mts|js|mjs)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : []
  })
}

/** The specifiers a file imports for their values: static imports, re-exports and import(). */
function valueImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false)
  const found: string[] = []
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause
      const bindings = clause?.namedBindings
      const typeOnly =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (!clause.name &&
            bindings !== undefined &&
            ts.isNamedImports(bindings) &&
            bindings.elements.length > 0 &&
            bindings.elements.every((element) => element.isTypeOnly)))
      if (!typeOnly) found.push(node.moduleSpecifier.text)
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.exportClause
      const typeOnly =
        node.isTypeOnly ||
        (clause !== undefined && ts.isNamedExports(clause) && clause.elements.length > 0 && clause.elements.every((element) => element.isTypeOnly))
      if (!typeOnly) found.push(node.moduleSpecifier.text)
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [argument] = node.arguments
      if (argument && ts.isStringLiteral(argument)) found.push(argument.text)
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

/** The file a relative specifier names, trying the TypeScript source behind a `.js` one. */
function resolveImport(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined
  const base = resolve(dirname(from), specifier)
  const candidates = [base, base.replace(/\.(m?)js$/, '.$1ts'), `${base}.ts`, join(base, 'index.ts')]
  return candidates.find((candidate) => existsSync(candidate) && !candidate.endsWith(sep) && /\.[mc]?[jt]sx?$/.test(candidate))
}

/**
 * Every value import between two different rooms of a source folder.
 * @param dir the source folder (src/)
 * @returns one edge per importing file and imported file
 */
export function roomEdges(dir: string): RoomEdge[] {
  const edges: RoomEdge[] = []
  const name = (path: string) => relative(dir, path).split(sep).join('/')
  for (const file of sourceFiles(dir)) {
    for (const specifier of valueImports(file)) {
      const target = resolveImport(file, specifier)
      if (!target || relative(dir, target).startsWith('..')) continue
      const from = roomOf(name(file))
      const to = roomOf(name(target))
      if (from !== to) edges.push({ from, to, file: name(file), target: name(target) })
    }
  }
  return edges
}

/**
 * The cycles among rooms: each strongly connected set of two or more rooms (Tarjan).
 * @param edges the imports between rooms
 * @returns each cycle's rooms, sorted; the cycles sorted by their first room
 */
export function roomCycles(edges: readonly RoomEdge[]): string[][] {
  const next = new Map<string, Set<string>>()
  for (const { from, to } of edges) {
    if (!next.has(from)) next.set(from, new Set())
    if (!next.has(to)) next.set(to, new Set())
    next.get(from)!.add(to)
  }
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const cycles: string[][] = []
  const connect = (room: string): void => {
    index.set(room, index.size)
    low.set(room, index.get(room)!)
    stack.push(room)
    onStack.add(room)
    for (const other of next.get(room)!) {
      if (!index.has(other)) {
        connect(other)
        low.set(room, Math.min(low.get(room)!, low.get(other)!))
      } else if (onStack.has(other)) low.set(room, Math.min(low.get(room)!, index.get(other)!))
    }
    if (low.get(room) !== index.get(room)) return
    const members: string[] = []
    let member: string
    do {
      member = stack.pop()!
      onStack.delete(member)
      members.push(member)
    } while (member !== room)
    if (members.length > 1) cycles.push(members.sort())
  }
  for (const room of [...next.keys()].sort()) if (!index.has(room)) connect(room)
  return cycles.sort((a, b) => a[0]!.localeCompare(b[0]!))
}

/**
 * The report for a source folder: one block per cycle, empty when there is none.
 * @param dir the source folder
 * @param label how to name the folder in the report
 * @returns the lines to print
 */
export function cycleReport(dir: string, label = 'src'): string[] {
  const edges = roomEdges(dir)
  const lines: string[] = []
  for (const rooms of roomCycles(edges)) {
    lines.push(`import cycle between folders of ${label}/: ${rooms.join(', ')}`)
    const shown = new Set<string>()
    for (const edge of edges) {
      const key = `${edge.from} -> ${edge.to}`
      if (!rooms.includes(edge.from) || !rooms.includes(edge.to) || shown.has(key)) continue
      shown.add(key)
      lines.push(`  ${key}: ${label}/${edge.file} imports ${label}/${edge.target}`)
    }
  }
  return lines
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = resolve(process.argv[2] ?? 'src')
  const lines = cycleReport(dir, relative(process.cwd(), dir) || '.')
  if (lines.length > 0) {
    console.error(lines.join('\n'))
    console.error('check-cycles: break each cycle so imports between these folders run one way')
    process.exit(1)
  }
  console.log(`check-cycles: no import cycle between the folders of ${relative(process.cwd(), dir) || '.'}/`)
}
