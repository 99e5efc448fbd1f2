/** The content folder the development-server tests run against: a copy of content/, so a test can break a file. */
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const DEV_PORT = Number(process.env['E2E_DEV_PORT'] ?? 4345);
export const DEV_CONTENT = join(tmpdir(), `dateline-dev-e2e-${DEV_PORT}`, 'content');
