// Insights: pure aggregates of the tracked requests for the insights page (take `now` and the time zone).
export { computeInsights, GROUP_LIMIT, OPEN_LIMIT, median, percentile, bucketEdges } from './aggregate';
export type { InsightsInput, InsightsRow, NudgeEvent } from './aggregate';
export { resolveRange, isInsightsRange, MAX_RANGE_DAYS } from './range';
export { insightsTables, bucketLabel, type TableModel, type Cell } from './tables';
export { tablesToCsv, csvCell } from './csv';
export * from './format';
export type * from './types';
export { RANGE_KINDS } from './types';
