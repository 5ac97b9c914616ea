/**
 * The engine as these tests use it, loaded lazily so the suite compiles and skips cleanly until the
 * engine's exports exist (`analyze`, `assessorTable`, `VERSIONS`). Remove once the engine has landed.
 */
import type { Analysis, AnalyzeOptions, SystemdVersion, UnitFile } from '../../src/engine/index.ts';

/** The part of the engine's public face the lesson and settings tests need. */
export interface EngineApi {
  analyze(files: readonly UnitFile[], options?: AnalyzeOptions): Analysis;
  assessorTable(version: SystemdVersion): readonly { readonly id: string; readonly weight: number; readonly range: number }[];
  readonly VERSIONS: readonly SystemdVersion[];
}

const loaded: Partial<EngineApi> = (await import('../../src/engine/index.ts')) as Partial<EngineApi>;

/** The engine, or `null` while its exports have not landed. */
export const engine: EngineApi | null =
  typeof loaded.analyze === 'function' && typeof loaded.assessorTable === 'function' && loaded.VERSIONS !== undefined
    ? (loaded as EngineApi)
    : null;

/** The versions to test: the engine's, or the three the project targets while it is absent. */
export const versions: readonly SystemdVersion[] = engine?.VERSIONS ?? ['252', '257', '262'];
