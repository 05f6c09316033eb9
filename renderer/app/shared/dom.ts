/** Creates an element with attributes and children; text children are text, never HTML. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | boolean | ((event: Event) => void)> = {},
  ...children: Array<Node | string | null | undefined>
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag)
  for (const [name, value] of Object.entries(attributes)) {
    if (typeof value === 'function') element.addEventListener(name.replace(/^on/, ''), value)
    else if (value === true) element.setAttribute(name, '')
    else if (value !== false) element.setAttribute(name, value)
  }
  for (const child of children) if (child !== null && child !== undefined) element.append(child)
  return element
}

/** A diagnostic as the UI shows it: `file:line: message`. */
export function describeDiagnostic(d: { file: string; line: number; message: string }): string {
  return `${d.file}:${d.line}: ${d.message}`
}
