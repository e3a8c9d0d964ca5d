/** Types for ensure-electron.mjs, so its unit test typechecks. */
export declare const defaultElectronDir: string;
/** The Electron executable this install would launch, or null when it is not there. */
export declare function findElectronBinary(electronDir: string, env?: NodeJS.ProcessEnv): string | null;
/** The advice printed when the desktop app cannot start. */
export declare function cannotStartMessage(reason: string): string;
/** What running Electron's installer produced. */
export interface InstallOutcome {
  status: number;
  stderr: string;
}
/** Runs Electron's installer in a child process. */
export declare function runElectronInstaller(installScript: string, env: NodeJS.ProcessEnv): InstallOutcome;
/** Makes sure the Electron binary exists, installing it when absent; returns the exit code. */
export declare function ensureElectron(options?: {
  electronDir?: string;
  env?: NodeJS.ProcessEnv;
  install?: (installScript: string, env: NodeJS.ProcessEnv) => InstallOutcome;
  log?: (message: string) => void;
  error?: (message: string) => void;
}): 0 | 1;
