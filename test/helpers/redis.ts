/**
 * The Redis database a suite uses. Each suite has its own index; `TEST_REDIS_ADDR`
 * (host:port, default 127.0.0.1:6379) moves every suite to another Redis, so two checkouts
 * can run their suites side by side without flushing each other's queues.
 */
export const testRedisUrl = (db: number): string => `redis://${process.env.TEST_REDIS_ADDR ?? '127.0.0.1:6379'}/${db}`;
