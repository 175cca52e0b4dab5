export { QUEUES, jobIdFor, runIdOfJob, jobDataSchema, jobProgressSchema, followUpJobId, watchJobId, type CheckJobData, type JobData, type JobProgress, type RemediateJobName } from './jobs.js';
export { startCheckWorker, type CheckWorkerDeps } from './checks.js';
export { createRedis, checkRedis, redactUrl, DEFAULT_REDIS_URL } from './connection.js';
export { ensureRedis, spawnRedisServer, findExecutable, type EnsureRedisOptions, type RedisHandle, type RedisSource, type RedisServer, type SpawnRedisOptions } from './embedded-redis.js';
export { Producer, jobFor, type EnqueueRun } from './producer.js';
export { startWorkers, resumeBoundMs, WORKER_DEFAULTS, type WorkerDeps, type WorkerOptions, type Workers } from './worker.js';
export { createLease, openLease, type HeldLease, type Lease, type LeaseHolder, type LeaseOptions, type OwnedLease } from './lease.js';
export { QueueUnavailableError, RedisDatabaseError, RedisServerMissingError, RedisStartError } from './errors.js';
export { openRunEvents, type RunEventHandlers, type RunEventOptions, type RunEventStream, type SettledJob } from './events.js';
export { startMaintenance, describeCleanup, MAINTENANCE_QUEUE, BACKUP_RETENTION, BACKUP_RETENTION_EVERY_MS, type BackupRetentionOptions, type MaintenanceDeps, type RetentionPass } from './maintenance.js';
export { WebhookProducer, startWebhookWorker, webhookSecret, WEBHOOK_QUEUE, type DeliveryOptions, type DeliveryWorkerDeps, type FailedDelivery } from './webhooks.js';
export { webhookEventSchema, runEvents, handoffEvent, signedHeaders, type WebhookEvent } from './webhook-events.js';
export {
  startConversationJobs,
  CONVERSATIONS_QUEUE,
  CONVERSATION_JOBS,
  CONVERSATION_JOBS_EVERY_MS,
  type ConversationJobDeps,
  type ConversationJobOptions,
  type ConversationJobName,
  type ConversationJobResult,
  type ConversationJobs,
} from './conversation-jobs.js';
