// **lanes** — stacks marks into as few rows as keep them apart. Each mark may be drawn in several ways
// (its label right or left of it); it takes the first row, top down, where one of them fits, trying
// them in the order given. Marks are placed in order of their first way's left edge (ties by key),
// so the same marks always land in the same rows.

export interface Candidate {
  key: string;
  /** The horizontal extents the mark can take, preferred first. */
  options: readonly (readonly [left: number, right: number])[];
}

export interface Slot {
  lane: number;
  /** Which of the mark's options was taken. */
  option: number;
}

/** The row and option of every mark, by key; `gap` is the room kept between neighbours in a row. */
export function packLanes(candidates: readonly Candidate[], gap: number): Map<string, Slot> {
  const lanes: (readonly [number, number])[][] = [];
  const slots = new Map<string, Slot>();
  const sorted = [...candidates].sort((a, b) => a.options[0]![0] - b.options[0]![0] || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const free = (lane: (readonly [number, number])[], [l, r]: readonly [number, number]) =>
    lane.every(([left, right]) => r + gap <= left || right + gap <= l);
  for (const c of sorted) {
    let placed = false;
    for (let lane = 0; lane < lanes.length && !placed; lane++) {
      const option = c.options.findIndex((o) => free(lanes[lane]!, o));
      if (option >= 0) {
        lanes[lane]!.push(c.options[option]!);
        slots.set(c.key, { lane, option });
        placed = true;
      }
    }
    if (!placed) {
      slots.set(c.key, { lane: lanes.length, option: 0 });
      lanes.push([c.options[0]!]);
    }
  }
  return slots;
}
