/** The public face of the timing readers: what lib/graph, lib/view and the timing tools import. */
export type { CarLapSummary, ClassificationRow, LapRow, SessionLapSummary, TimingFileKind, TimingRead, TimingStatus } from './types';
export { readClassification, type ClassificationOptions } from './classification';
export { readAnalysis, ANALYSIS_COLUMNS } from './analysis';
export { readSessionLaps } from './read-laps';
export { timingHash, timingCacheDir } from './laps-cache';
export { readCsv, cell, type CsvTable, type CsvRecord } from './csv';
export { timingFileKind } from './kind';
export { naturalName } from './names';
export { parseStatus } from './status';
export { parseTimingGap, parseTimingTime, timingMs } from './times';
export { summarizeLaps } from './lap-summary';
