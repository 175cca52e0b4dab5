export {
  createLab,
  cleanupStaleLabs,
  listSlots,
  waitUntil,
  softswitchConf,
  SESSION_PATH,
  SOFTSWITCH_CONF,
  SYSCTL_FILE,
  VOS_SYSCTL_DEFAULTS,
} from './lab.js';
export type { Lab, LabHost, LabHostOptions, LabService, CreateLabOptions, ReloadBehaviour, SshResult } from './lab.js';
export { applyScenario, isScenarioName, scenarioNames, scenarioSummary, EXHAUSTED_RANGE, AGENT_PORT, type ScenarioName, type ScenarioReport } from './scenarios.js';
export type { ConfigYamlOptions } from './config-yaml.js';
