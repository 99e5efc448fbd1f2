/** The build context, decided once by the integration (src/build/context-plugin.ts, src/domain/context.ts). */
declare module 'virtual:dateline/context' {
  export const context: Readonly<import('./domain/context.ts').BuildContext>;
}
