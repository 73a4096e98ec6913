/** The props of components/at-the-wheel.tsx (a driver's figures from the official lap analyses), as lib/view/at-the-wheel.ts fills them. */

export interface AtTheWheelProps {
  name: string;
  /** Laps raced, laps led, fastest laps, time at the wheel. */
  figures: { label: string; value: string | number }[];
  /** Each race with laps the driver drove in: its page, the car, and the driver's share of it. */
  races: { href: string; label: string; car: string; laps: number; lapsLed: number; time: string; share: string }[];
}
