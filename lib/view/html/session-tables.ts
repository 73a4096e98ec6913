/**
 * The tables of a session page as escaped HTML strings (lib/html.ts says why): the classification of a
 * class, the positions and gaps beside its charts, laps led and fastest laps, and each car's stints and
 * drivers. Styled by the `.results` rules of app/globals.css, like the results tables of an article.
 *
 * A 24-hour race of sixty cars gives these tables well over a thousand rows, so they leave out the end
 * tags HTML makes optional: a cell ends where the next cell or row begins, a row where the next row or the
 * table's body ends (HTML Living Standard, "Optional tags"). Browsers build the same table either way.
 */
import { html, type Html } from '../../html';

export interface Link {
  href?: string;
  label: string;
}

export interface ClassificationRow {
  pos?: number;
  number?: string;
  team?: Link;
  drivers: Link[];
  car?: Link;
  laps?: number;
  /** Total time (race) or best time (practice, qualifying). */
  time?: string;
  /** Gap in class: "+28.869", "+1 lap". */
  gap?: string;
  fastest?: { time: string; lap?: number; best: boolean };
  status?: string;
}

const link = (l: Link, cls = '') => (l.href ? html`<a href="${l.href}"${cls && html` class="${cls}"`}>${l.label}</a>` : html`<span${cls && html` class="${cls}"`}>${l.label}</span>`);
const no = (n: string | undefined) => html`<td class="no">${n ? html`<b>${n}</b>` : '–'}`;

/**
 * One class's full classification: position, car, crew, laps, time, gap in class, fastest lap, status. Below
 * md the car is named under the crew, as text: its link is in the Car column from md up.
 */
export function classificationHtml(caption: string, rows: readonly ClassificationRow[]): Html {
  const has = {
    car: rows.some((r) => r.car),
    laps: rows.some((r) => r.laps !== undefined),
    time: rows.some((r) => r.time),
    gap: rows.some((r) => r.gap),
    fastest: rows.some((r) => r.fastest),
    status: rows.some((r) => r.status),
  };
  const head = html`<tr><th scope="col" class="n" title="Position in class">Pos<th scope="col" class="no">#<th scope="col">Team / drivers${[
    has.car && html`<th scope="col" class="md">Car`,
    has.laps && html`<th scope="col" class="n sm">Laps`,
    has.time && html`<th scope="col" class="n sm">Time`,
    has.gap && html`<th scope="col" class="n">Gap`,
    has.fastest && html`<th scope="col" class="n sm">Fastest lap`,
    has.status && html`<th scope="col" class="lg">Status`,
  ]}`;
  const body = rows.map((r) => {
    const crew = r.drivers.map((d, j) => html`${j > 0 && ' / '}${link(d)}`);
    return html`<tr><td class="n pos">${r.pos ?? ''}${no(r.number)}<td>${r.team ? link(r.team, 'team') : '–'}${
      crew.length > 0 && html`<span class="crew">${crew}</span>`
    }${r.car && html`<span class="md-only">${r.car.label}</span>`}${r.status && html`<span class="lg-only">${r.status}</span>`}${[
      has.car && html`<td class="md">${r.car ? link(r.car) : ''}`,
      has.laps && html`<td class="n sm">${r.laps ?? ''}`,
      has.time && html`<td class="n sm t">${r.time ?? ''}`,
      has.gap && html`<td class="n">${r.gap ?? ''}`,
      has.fastest &&
        html`<td class="n sm">${r.fastest && html`${r.fastest.best ? html`<strong title="Fastest lap of the class">${r.fastest.time}</strong>` : r.fastest.time}${r.fastest.lap !== undefined && html`<small> lap ${r.fastest.lap}</small>`}`}`,
      has.status && html`<td class="lg">${r.status ?? ''}`,
    ]}`;
  });
  return html`<table class="results"><caption class="sr-only">${caption}</caption><thead>${head}</thead><tbody>${body}</tbody></table>`;
}

/** Cars as rows, sampled laps as columns: the figures beside a lap chart or a gap chart (its lap columns aligned by `.sampled`, not per cell). */
export function sampledHtml(caption: string, laps: readonly number[], rows: readonly { number: string; team: string; cells: string[] }[]): Html {
  return html`<table class="results sampled"><caption class="sr-only">${caption}</caption><thead><tr><th scope="col" class="no">#<th scope="col" class="md">Team${laps.map(
    (l) => html`<th scope="col">L${l}`,
  )}</thead><tbody>${rows.map((r) => html`<tr>${no(r.number)}<td class="md">${r.team}${r.cells.map((c) => html`<td>${c}`)}`)}</tbody></table>`;
}

export interface LeaderRow {
  number: string;
  team: string;
  laps: number;
  lapsLed: number;
  fastest?: { time: string; lap: number; driver: Link; best: boolean };
}

/** Laps led in class and each car's fastest lap (the class's fastest marked), in order at the flag. */
export function leadersHtml(caption: string, rows: readonly LeaderRow[]): Html {
  // The number columns (3 to 5) are aligned by `.leaders`; the setter's name under the team, on a phone, is
  // text, its link is in the "Set by" column.
  return html`<table class="results leaders"><caption class="sr-only">${caption}</caption><thead><tr><th scope="col" class="no">#<th scope="col">Team<th scope="col" class="sm">Laps<th scope="col">Laps led<th scope="col">Fastest lap<th scope="col" class="md">Set by</thead><tbody>${rows.map(
    (r) =>
      html`<tr>${no(r.number)}<td>${r.team}${r.fastest && html`<span class="md-only">${r.fastest.driver.label}</span>`}<td class="sm">${r.laps}<td${r.lapsLed > 0 ? html` class="t"` : ''}>${r.lapsLed}<td>${
        r.fastest && html`${r.fastest.best ? html`<strong title="Fastest lap of the class">${r.fastest.time}</strong>` : r.fastest.time}<small> lap ${r.fastest.lap}</small>`
      }<td class="md">${r.fastest ? link(r.fastest.driver) : ''}`,
  )}</tbody></table>`;
}

export interface StintRow {
  driver: Link;
  fromLap: number;
  toLap: number;
  laps: number;
  time: string;
}

export interface DriverShareRow {
  driver: Link;
  laps: number;
  lapsLed: number;
  time: string;
  /** Share of the car's race time, 0..100. */
  share: number;
}

/**
 * A car's stints (consecutive laps between pit entries) and its drivers' time at the wheel as a share of
 * the car's race. Sixty cars of a 24-hour race give about a thousand rows, so the rows carry no classes:
 * the `stints` and `drivers` classes of each table align and colour its columns (app/globals.css), the
 * header cells of a one-row thead need no scope, drivers are named as text (the classification above
 * links each one), and a driver's share is drawn by CSS from one custom property.
 */
export function carTablesHtml(car: string, stints: readonly StintRow[], drivers: readonly DriverShareRow[]): Html {
  const stintTable = html`<table class="results stints"><caption>Stints of ${car}</caption><thead><tr><th>Stint<th>Driver<th>Laps<th>From–to<th>Time</thead><tbody>${stints.map(
    (s, i) => html`<tr><td>${i + 1}<td>${s.driver.label}<td>${s.laps}<td>${s.fromLap}–${s.toLap}<td>${s.time}`,
  )}</tbody></table>`;
  const driverTable = html`<table class="results drivers"><caption>Drive time of ${car}'s drivers</caption><thead><tr><th>Driver<th>Laps<th class="sm">Led<th>At the wheel<th>Share</thead><tbody>${drivers.map(
    (d) => html`<tr><td>${d.driver.label}<td>${d.laps}<td class="sm">${d.lapsLed}<td>${d.time}<td style="--share:${d.share.toFixed(1)}%">${d.share.toFixed(1)}%`,
  )}</tbody></table>`;
  return html`${driverTable}${stintTable}`;
}
