export interface WrittenCorpus {
  files: number;
  bytes: number;
  byFormat: Record<string, number>;
}

export function makeCorpus(count: number, folder: string, options?: { formats?: readonly ('md' | 'txt' | 'yaml')[] }): Promise<WrittenCorpus>;
