/**
 * The tables of a session page as escaped HTML strings (lib/html.ts says why): the classification of a
 * class, the positions and gaps beside its charts, laps led and fastest laps, and each car's stints and
 * drivers. Styled by the `.results` rules of app/globals.css, like the results tables of an article.
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
const no = (n: string | undefined) => html`<td class="no">${n ? html`<b>${n}</b>` : '–'}</td>`;

/** One class's full classification: position, car, crew, laps, time, gap in class, fastest lap, status. */
export function classificationHtml(caption: string, rows: readonly ClassificationRow[]): Html {
  const has = {
    car: rows.some((r) => r.car),
    laps: rows.some((r) => r.laps !== undefined),
    time: rows.some((r) => r.time),
    gap: rows.some((r) => r.gap),
    fastest: rows.some((r) => r.fastest),
    status: rows.some((r) => r.status),
  };
  const head = html`<tr><th scope="col" class="n" title="Position in class">Pos</th><th scope="col" class="no">#</th><th scope="col">Team / drivers</th>${[
    has.car && html`<th scope="col" class="md">Car</th>`,
    has.laps && html`<th scope="col" class="n sm">Laps</th>`,
    has.time && html`<th scope="col" class="n sm">Time</th>`,
    has.gap && html`<th scope="col" class="n">Gap</th>`,
    has.fastest && html`<th scope="col" class="n sm">Fastest lap</th>`,
    has.status && html`<th scope="col" class="lg">Status</th>`,
  ]}</tr>`;
  const body = rows.map((r) => {
    const crew = r.drivers.map((d, j) => html`${j > 0 && ' / '}${link(d)}`);
    return html`<tr><td class="n pos">${r.pos ?? ''}</td>${no(r.number)}<td>${r.team ? link(r.team, 'team') : '–'}${
      crew.length > 0 && html`<span class="crew">${crew}</span>`
    }${r.car && html`<span class="md-only">${link(r.car)}</span>`}${r.status && html`<span class="lg-only">${r.status}</span>`}</td>${[
      has.car && html`<td class="md">${r.car ? link(r.car) : ''}</td>`,
      has.laps && html`<td class="n sm">${r.laps ?? ''}</td>`,
      has.time && html`<td class="n sm t">${r.time ?? ''}</td>`,
      has.gap && html`<td class="n">${r.gap ?? ''}</td>`,
      has.fastest &&
        html`<td class="n sm">${r.fastest && html`${r.fastest.best ? html`<strong title="Fastest lap of the class">${r.fastest.time}</strong>` : r.fastest.time}${r.fastest.lap !== undefined && html`<small> lap ${r.fastest.lap}</small>`}`}</td>`,
      has.status && html`<td class="lg">${r.status ?? ''}</td>`,
    ]}</tr>`;
  });
  return html`<table class="results"><caption class="sr-only">${caption}</caption><thead>${head}</thead><tbody>${body}</tbody></table>`;
}

/** Cars as rows, sampled laps as columns: the figures beside a lap chart or a gap chart. */
export function sampledHtml(caption: string, laps: readonly number[], rows: readonly { number: string; team: string; cells: string[] }[]): Html {
  return html`<table class="results sampled"><caption class="sr-only">${caption}</caption><thead><tr><th scope="col" class="no">#</th><th scope="col" class="md">Team</th>${laps.map(
    (l) => html`<th scope="col" class="n">L${l}</th>`,
  )}</tr></thead><tbody>${rows.map(
    (r) => html`<tr>${no(r.number)}<td class="md">${r.team}</td>${r.cells.map((c) => html`<td class="n">${c}</td>`)}</tr>`,
  )}</tbody></table>`;
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
  return html`<table class="results"><caption class="sr-only">${caption}</caption><thead><tr><th scope="col" class="no">#</th><th scope="col">Team</th><th scope="col" class="n sm">Laps</th><th scope="col" class="n">Laps led</th><th scope="col" class="n">Fastest lap</th><th scope="col" class="md">Set by</th></tr></thead><tbody>${rows.map(
    (r) =>
      html`<tr>${no(r.number)}<td>${r.team}${r.fastest && html`<span class="md-only">${link(r.fastest.driver)}</span>`}</td><td class="n sm">${r.laps}</td><td class="n${r.lapsLed > 0 ? ' t' : ''}">${r.lapsLed}</td><td class="n">${
        r.fastest && html`${r.fastest.best ? html`<strong title="Fastest lap of the class">${r.fastest.time}</strong>` : r.fastest.time}<small> lap ${r.fastest.lap}</small>`
      }</td><td class="md">${r.fastest ? link(r.fastest.driver) : ''}</td></tr>`,
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

/** A car's stints (consecutive laps between pit entries) and its drivers' time at the wheel as a share of the car's race. */
export function carTablesHtml(car: string, stints: readonly StintRow[], drivers: readonly DriverShareRow[]): Html {
  const stintTable = html`<table class="results"><caption>Stints of ${car}</caption><thead><tr><th scope="col" class="n">Stint</th><th scope="col">Driver</th><th scope="col" class="n">Laps</th><th scope="col" class="n">From–to</th><th scope="col" class="n">Time</th></tr></thead><tbody>${stints.map(
    (s, i) => html`<tr><td class="n">${i + 1}</td><td>${link(s.driver)}</td><td class="n">${s.laps}</td><td class="n">${s.fromLap}–${s.toLap}</td><td class="n">${s.time}</td></tr>`,
  )}</tbody></table>`;
  const driverTable = html`<table class="results"><caption>Drive time of ${car}'s drivers</caption><thead><tr><th scope="col">Driver</th><th scope="col" class="n">Laps</th><th scope="col" class="n sm">Led</th><th scope="col" class="n">At the wheel</th><th scope="col" class="n">Share</th></tr></thead><tbody>${drivers.map(
    (d) =>
      html`<tr><td>${link(d.driver)}</td><td class="n">${d.laps}</td><td class="n sm">${d.lapsLed}</td><td class="n">${d.time}</td><td class="n share"><svg width="64" height="10" aria-hidden="true" class="share-svg"><rect width="64" height="10" rx="2" class="share-track"/><rect width="${(
        (d.share / 100) *
        64
      ).toFixed(1)}" height="10" rx="2" class="share-bar"/></svg> ${d.share.toFixed(1)}%</td></tr>`,
  )}</tbody></table>`;
  return html`<div class="car-tables">${driverTable}${stintTable}</div>`;
}
