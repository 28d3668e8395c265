// A locale's parts (client/src/app/first-texts.ts): made by the build's `localeParts` plugin
// (vite.config.mts); in the component tests, the whole file (jest.config.ts).
declare module '*.json?first' {
  const texts: Record<string, unknown>;
  export default texts;
}
declare module '*.json?requests' {
  const texts: Record<string, unknown>;
  export default texts;
}
declare module '*.json?rest' {
  const texts: Record<string, unknown>;
  export default texts;
}
