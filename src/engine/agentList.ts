/**
 * Short-lived lists of agents within one phase, threaded through the agents' own `nextLeaveDay`
 * column (an agent on such a list is at a location and has no leave day yet), so that they cost
 * no memory of their own. Values <= -2 encode a link: -2 ends the list, -3 - k points to agent k.
 * The list keeps insertion order. Every agent must leave the list (its `nextLeaveDay` set to -1 or
 * TRAVELLING) before the phase ends.
 */
import type { AgentTable } from './agentTable.js';

export const LIST_END = -2;

export interface AgentList {
  head: number;
  tail: number;
  length: number;
}

export function emptyList(): AgentList {
  return { head: -1, tail: -1, length: 0 };
}

export function append(list: AgentList, agents: AgentTable, a: number): void {
  agents.nextLeaveDay[a] = LIST_END;
  if (list.tail < 0) list.head = a;
  else agents.nextLeaveDay[list.tail] = -3 - a;
  list.tail = a;
  list.length++;
}

/** The agent after `a` on its list, or -1. */
export function following(agents: AgentTable, a: number): number {
  const v = agents.nextLeaveDay[a];
  return v === LIST_END ? -1 : -3 - v;
}
