/**
 * Short-lived lists of agent ids within one phase (agents deferred to the second decision pass,
 * agents waiting to chain another leg), kept in id order of insertion in a growable Int32Array
 * that the simulation reuses from day to day.
 */
export interface AgentList {
  ids: Int32Array;
  length: number;
}

export function createAgentList(): AgentList {
  return { ids: new Int32Array(1024), length: 0 };
}

export function append(list: AgentList, a: number): void {
  if (list.length === list.ids.length) {
    const bigger = new Int32Array(list.length * 2);
    bigger.set(list.ids);
    list.ids = bigger;
  }
  list.ids[list.length++] = a;
}
