/** The shapes of the timekeeper's files once read: lap rows, classification rows and the per-session lap summary the graph keeps. */
import type { Gap } from '../time';
import type { Problem } from '../types';

// The timing's part of the content model lives in lib/content/types.ts (Content holds the reports).
export type { CarLapSummary, SessionLapSummary, TimingFileRef, TimingReport, TimingSession } from '../types';

/** What a timing CSV is, decided from its columns. */
export type TimingFileKind = 'classification' | 'analysis';

/** One lap of one car, from an analysis file. */
export interface LapRow {
  number: string;
  /** The canonical class name (lib/content/classes.ts: `HYPERCAR` → `Hypercar`). */
  class: string;
  team: string;
  driverNumber: number;
  /** The driver's entity id (the name folded, or what the registries resolve it to). */
  driverId: string;
  /** The driver's name in natural case (`Will Stevens`). */
  driverName: string;
  lap: number;
  lapMs: number | null;
  elapsedMs: number;
  /** CROSSING_FINISH_LINE_IN_PIT is 'B'. */
  pitIn: boolean;
  /** PIT_TIME, on the lap that leaves the pits. */
  pitMs: number | null;
  /** 1-based line of the CSV. */
  line: number;
  /**
   * LAP_IMPROVEMENT is 2 or 3: the timekeeper's personal (or session) best so far. Absent when the file has
   * no such column or the lap did not improve; a lap whose time was deleted never has it.
   */
  improved?: true;
}

/** The statuses of the contract, as the site writes them (undefined: classified). */
export type TimingStatus = 'NC' | 'DNF' | 'DSQ' | 'DNS';

/** One car of a classification file. */
export interface ClassificationRow {
  /** 1-based line of the CSV. */
  line: number;
  /** POSITION (or POS): overall. */
  overall: number;
  /** Position in class: the order of POSITION within CLASS. */
  pos: number;
  number: string;
  /** The canonical class name and its id. */
  class: string;
  classId: string;
  team?: string;
  /** VEHICLE. */
  car?: string;
  /** Each driver in natural case (`Matthew McMurry`), in the file's order. */
  drivers: string[];
  /** Undefined when classified. */
  status?: TimingStatus;
  laps?: number;
  totalMs?: number;
  /** The best lap: TIME, else FL_TIME. */
  bestMs?: number;
  /** The lap of the best lap (FL_LAPNUM). */
  bestLap?: number;
  /** GAP_FIRST as written: to the overall leader. */
  gapFirst?: Gap;
  /** Behind the class winner (race) or the class's best time (practice, qualifying); undefined for the class leader. */
  classGap?: Gap;
}

/** What a reader makes of one file: its rows and every problem in it. */
export interface TimingRead<Row> {
  rows: Row[];
  problems: Problem[];
}
