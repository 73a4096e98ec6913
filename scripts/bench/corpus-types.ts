/** The synthetic corpus's cars and their facts in a session, shared by the article generator and the timing files. */

/** One car of an edition's entry list. */
export interface Car {
  number: string;
  team: number;
  car: string;
  cls: string;
  drivers: number[];
  pace: number;
}

/** One car's facts in one session. */
export interface EntryFacts {
  car: Car;
  overall: number;
  dnf: boolean;
  lap: number;
  raceGap: number;
  down: number;
  lapsDone: number;
}
