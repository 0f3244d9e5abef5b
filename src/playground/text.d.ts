/** Text files bundled as strings (esbuild's `text` loader). */
declare module '*.yaml' {
  const text: string;
  export default text;
}
