/**
 * Per-version data: the supported versions, syscall groups and known names, directive catalogues.
 */
export { VERSIONS, DEFAULT_VERSION, isSystemdVersion, isAnalysisMode, modesOf, effectiveMode } from './list.ts';
export type { VersionInfo } from './list.ts';
export { syscallData } from './syscalls.ts';
export type { SyscallData } from './syscalls.ts';
export { directiveCatalogue } from './directives.ts';
export type { DirectiveCatalogue } from './directives.ts';
