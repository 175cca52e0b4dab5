export { configSchema, type Config, type Customer, type ServerConfig, type Engineer, type Settings, type WebSettings } from './schema.js';
export { loadConfig, resolveConfigPath, type LoadConfigOptions } from './load.js';
export { parseConfig } from './parse.js';
export { ConfigError, type ConfigProblem } from './errors.js';
