/**
 * Plain inline SVG bar charts: no library, no script, no style attribute (the
 * report's policy allows none). Each chart is an image with a text
 * alternative; the numbers are also in a table beside it.
 */

/** Text safe inside HTML and SVG. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)
}

export interface Bar {
  label: string
  value: number
}

/**
 * A horizontal bar chart.
 *
 * @param bars Labels and values.
 * @param title The chart's accessible name.
 * @param options `max` to scale to (default the largest value); `unit` after each value.
 * @returns An `<svg>` element.
 */
export function barChart(bars: readonly Bar[], title: string, options: { max?: number; unit?: string } = {}): string {
  // About 7 pixels a character at the labels' size, so no label is cut off.
  const labelWidth = Math.min(420, Math.max(120, Math.max(...bars.map((b) => b.label.length)) * 7 + 16))
  const barWidth = 360
  const row = 26
  const height = Math.max(row, bars.length * row) + 8
  const max = options.max ?? Math.max(1, ...bars.map((b) => b.value))
  const rows = bars.map((bar, i) => {
    const y = 4 + i * row
    const w = Math.round((bar.value / max) * barWidth)
    const value = `${Number.isInteger(bar.value) ? bar.value.toLocaleString('en-GB') : bar.value}${options.unit ?? ''}`
    return (
      `<text x="${labelWidth - 8}" y="${y + 16}" text-anchor="end" class="chart-label">${escapeHtml(bar.label)}</text>` +
      `<rect x="${labelWidth}" y="${y + 3}" width="${Math.max(w, bar.value > 0 ? 1 : 0)}" height="${row - 8}" class="chart-bar"/>` +
      `<text x="${labelWidth + w + 6}" y="${y + 16}" class="chart-value">${escapeHtml(value)}</text>`
    )
  })
  const alt = `${title}: ${bars.map((b) => `${b.label} ${b.value}${options.unit ?? ''}`).join('; ')}`
  // Drawn at its own size (shrunk only to fit), so every chart's text is the same size.
  const width = labelWidth + barWidth + 80
  return (
    `<svg role="img" aria-label="${escapeHtml(alt)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" class="chart">` +
    `<title>${escapeHtml(title)}</title>${rows.join('')}</svg>`
  )
}
