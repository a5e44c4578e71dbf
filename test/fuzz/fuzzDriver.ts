/**
 * The child process of the input fuzz test: it runs `corridor` cases one after another inside
 * itself (the CLI's `main`, as `bin.ts` does, without the cost of a process per case) and answers
 * each with its exit code and what it wrote. The parent (fuzzChild.ts) kills it when a case
 * exceeds its time bound, so a hang or a memory blow-up in one case is seen, not waited on.
 */
import { main } from '../../src/cli/main.js';

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
  let stdout = '';
  let stderr = '';
  const out = process.stdout.write.bind(process.stdout);
  const err = process.stderr.write.bind(process.stderr);
  process.stdout.write = ((chunk: string | Uint8Array) => ((stdout += String(chunk)), true));
  process.stderr.write = ((chunk: string | Uint8Array) => ((stderr += String(chunk)), true));
  try {
    const status = await main(request.args);
    return { id: request.id, status, stdout, stderr };
  } finally {
    process.stdout.write = out;
    process.stderr.write = err;
  }
}

process.on('message', (request: CaseRequest) => {
  void runCase(request).then((reply) => process.send?.(reply));
});
process.send?.({ ready: true });
