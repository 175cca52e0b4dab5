// The remediation engine: one run on one server, phase by phase (see engine.ts).
export { Engine, type Confirm, type ExecuteOptions } from './engine.js';
export type { EngineDeps, Progress } from './context.js';
export { resultFromRun, type RunResult } from './result.js';
export { beforeStateMismatch } from './rollback.js';
export { backupPathFor, describeOp, stepData, stepDataSchema, type StepData } from './steps.js';
export { cleanBackups, retentionPlan, RETENTION_PHASES, type BackupCleanup, type KeptBackup, type RetentionPlan, type RunBackup } from './retention.js';
