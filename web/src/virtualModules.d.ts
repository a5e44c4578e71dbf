/** Modules the build makes (web/vite.config.ts). */
declare module 'virtual:country-outlines' {
  /** The URL of the country outline mesh (web/outlineMesh.ts). */
  const url: string;
  export default url;
}
