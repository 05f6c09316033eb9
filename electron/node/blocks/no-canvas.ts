// vega-canvas for the chart process (electron/build.mjs puts it in place of the package): no canvas.
// Charts are drawn to SVG and their text is measured by draw-chart.ts, so vega never needs one, and
// the package's own look for the optional `canvas` package is a top-level await a snapshot cannot hold.

/** No canvas to draw on: vega falls back to what it does without one. */
export function canvas(): null {
  return null
}

/** No image class: an image mark in a chart's SVG is an address, which the chart loader refuses. */
export function image(): null {
  return null
}
