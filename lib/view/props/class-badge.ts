/** The props of components/class-badge.tsx, as lib/view fills them. */

/** A racing class as its badge shows it: the canonical name and its series' colours (lib/content/classes.ts). */
export interface ClassTag {
  label: string;
  /** Background colour. */
  color: string;
  /** Text colour on it. */
  text: string;
}
