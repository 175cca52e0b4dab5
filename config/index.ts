export { configSchema, type Config, type Customer, type ServerConfig, type Engineer, type Settings } from './schema.js';
export { loadConfig, parseConfig, resolveConfigPath } from './load.js';
export { ConfigError, type ConfigProblem } from './errors.js';
