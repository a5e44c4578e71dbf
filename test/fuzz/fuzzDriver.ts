/**
 * The child process of the input fuzz test: it runs `corridor` cases one after another inside
 * itself (the CLI's `main`, as `bin.ts` does, without the cost of a process per case) and answers
 * each with its exit code and what it wrote. The parent (fuzzChild.ts) kills it when a case
 * exceeds its time bound, so a hang or a memory blow-up in one case is seen, not waited on.
 */
import { runCaptured } from '../helpers/capturedCli.js';

export interface CaseRequest {
  readonly id: number;
  readonly args: readonly string[];
}

export interface CaseReply {
  readonly id: number;
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

async function runCase(request: CaseRequest): Promise<CaseReply> {
  return { id: request.id, ...(await runCaptured(request.args)) };
}

process.on('message', (request: CaseRequest) => {
  void runCase(request).then((reply) => process.send?.(reply));
});
process.send?.({ ready: true });
