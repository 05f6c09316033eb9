// esbuild bundles a file imported `with { type: 'text' }` as its text: the app takes Briefdeck's own
// stylesheets from assets/styles/ this way, the same files the Node side reads for print.
declare module '*.css' {
  const text: string
  export default text
}
