/**
 * Messages between the build and its page-rendering workers (see page-workers.ts). Everything here survives
 * structured cloning: no URLs, functions or class instances cross the thread boundary.
 */

/** The style sheets Astro's build recorded for one page (what `headElements` reads), keyed by page data key. */
export interface PageStyles {
  key: string;
  styles: unknown[];
}

/** What a worker needs to render pages exactly as Astro's own prerenderer would. */
export interface WorkerSetup {
  /** file: URL of the built prerender entry. */
  entryUrl: string;
  pageStyles: PageStyles[];
  /** Astro's settings.scripts (head-inline scripts go into every page). */
  scripts: unknown[];
  /** The parts of Astro's config the image registry reads (`astroAsset.addStaticImage`). */
  assetsConfig: {
    base: string;
    build: { assets: string; assetsPrefix: unknown };
    image: { service: { entrypoint: string; config: unknown }; responsiveStyles: boolean };
  };
  /** The build's clock, pinned, so every worker publishes and hides the same articles (ISO 8601). */
  now: string;
  /** file: URL of the worker's helpers resolved against the project (astro's package.json). */
  astroPackageJson: string;
}

export type ToWorker =
  | { type: 'render'; id: number; url: string; route: string; component: string; collectMetadata: boolean }
  | { type: 'images'; id: number };

export interface LogEvent {
  level: string;
  label: string | null;
  message: string;
  newLine: boolean;
}

export type FromWorker =
  | { type: 'ready' }
  | { type: 'log'; event: LogEvent }
  | {
      type: 'rendered';
      id: number;
      status: number;
      statusText: string;
      headers: [string, string][];
      body: ArrayBuffer | null;
      metadata: unknown;
    }
  | { type: 'failed'; id: number; message: string; stack: string | undefined }
  | { type: 'images'; id: number; images: Map<string, unknown> };
