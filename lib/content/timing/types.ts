/** Placeholder of timing-core's types (replaced by theirs when main has them). */
export interface LapRow { number: string; class: string; team: string; driverNumber: number; driverId: string; driverName: string;
  lap: number; lapMs: number | null; elapsedMs: number; pitIn: boolean; pitMs: number | null; line: number }
export interface CarLapSummary { number: string; class: string; team: string; laps: number;
  fastest: { lap: number; ms: number; driverId: string } | null; lapsLed: number;
  stints: { driverId: string; fromLap: number; toLap: number; laps: number; ms: number }[];
  pitStops: number; pitMs: number; drivers: { driverId: string; name: string; laps: number; ms: number; lapsLed: number }[]; posAtFlag: number }
export interface SessionLapSummary { file: string; hash: string; cars: CarLapSummary[];
  classes: { class: string; leaderLaps: number; fastest: { number: string; driverId: string; lap: number; ms: number } | null }[] }
