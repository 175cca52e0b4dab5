// Questions, not symptoms: what the assistant answers without starting a remediation.
// A knowledge base about SS_TCP_CLOSE_RESET (data), the deployment-advice table (data), a
// question matcher built from natural's tokenizer, stemmer and Bayes classifier plus cues, and
// the reading of a read-only health check. Everything here is pure after creation.

// Commonly used
export { createQuestionMatcher, questionLabels, NOT_READ, type AnalyseOptions, type QuestionAnalysis, type QuestionIntent, type QuestionLabel, type QuestionMatcher, type QuestionMatcherOptions, type QuestionServer } from './classify.js';
export { knowledge, knowledgeEntry, knowledgeIds, CLIENT_PATH, CONF_PATH, RELOAD_COMMAND, type Cue, type KnowledgeEntry, type KnowledgeId } from './knowledge.js';
export { deploymentTable, recommend, ADVICE_BY_RATE, DEFAULT_PORTS, WIDE_PORTS, TIME_WAIT_SECONDS, type AdviceCondition, type AdviceRow, type Recommendation } from './advice.js';
export { deploymentFrom, deploymentSchema, readCpsAnswer, readNatTlsAnswer, unknownDeployment, CARRIER_CPS, HIGH_CPS, type Deployment } from './deployment.js';
export { healthReport, readHealth, HEADROOM, type HealthConcern, type HealthReading } from './health.js';
export { readChatRequest, type ChatRequest, type SmallTalk } from './requests.js';

// The pieces, for tests and tuning
export { adviceIntent, healthCheckIntent, otherQuestions, questionForms, topics, contextTopics, helpPattern, type IntentSpec, type QuestionForm } from './intents.js';
export { createQuestionNormaliser } from './normalise.js';
