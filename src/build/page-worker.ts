/**
 * A page-rendering worker thread (see page-workers.ts): imports the built prerender entry, as Astro's default
 * prerenderer does, and renders the pages the build sends it. What Astro's app reads of the build process at
 * render time is rebuilt here from plain data: the page styles and head scripts (`headElements`), the image
 * registry (`astroAsset.addStaticImage`, Astro's own, so image URLs are the same) and the render scope that
 * collects incremental-build metadata. The images the pages registered are handed back from that metadata (Astro's
 * public render scope, `installRenderScope`), so this module reads no global.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import { installRenderScope, renderForPrerender } from 'astro/app';
import type { FromWorker, ToWorker, WorkerSetup } from './page-workers-protocol.ts';

const setup = workerData as WorkerSetup;
const port = parentPort!;
const send = (message: FromWorker, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);
// The build's clock, read by the pages' visibility rule (src/lib/visibility.ts) when first asked.
process.env['DATELINE_NOW'] = setup.now;

interface RouteDataLike {
  route: string;
  component: string;
}
interface PrerenderApp {
  manifest: { routes: { routeData: RouteDataLike }[] };
  setInternals(internals: unknown): void;
  setOptions(options: unknown): void;
}
/** One image a page registered (Astro's render-scope record, `recordStaticImage`). */
interface StaticImageRecord {
  originalPath: string;
  hash: string;
  finalPath: string;
  originalSrcPath: string | undefined;
  transform: unknown;
}
type StaticImages = Map<string, { originalSrcPath: string | undefined; transforms: Map<string, { finalPath: string; transform: unknown }> }>;

/** Astro's image registry, installed as its asset plugin does at the start of a build. */
async function installImageRegistry(): Promise<void> {
  const astroDir = dirname(fileURLToPath(setup.astroPackageJson));
  // Not in astro's package exports: loaded by path, so image file names and URLs come from Astro's own code.
  const { default: assets } = (await import(pathToFileURL(join(astroDir, 'dist/assets/vite-plugin-assets.js')).href)) as {
    default: (o: unknown) => { name: string; config?: (c: unknown, env: { command: string }) => void; buildStart?: () => void }[];
  };
  const plugins = assets({ settings: { config: setup.assetsConfig, adapter: undefined }, fs: undefined, sync: false, logger: undefined });
  const plugin = plugins.find((p) => p.name === 'astro:assets');
  if (!plugin?.config || !plugin.buildStart) throw new Error('page worker: Astro asset plugin not found (Astro changed?)');
  plugin.config({}, { command: 'build' });
  plugin.buildStart();
}

const logDestination = {
  write(event: { level: string; label: string | null; message: unknown; newLine: boolean }) {
    if (event.level === 'warn' || event.level === 'error') {
      send({ type: 'log', event: { level: event.level, label: event.label, message: String(event.message), newLine: event.newLine } });
    }
    return true;
  },
};

await installImageRegistry();
installRenderScope(new AsyncLocalStorage());
const entry = (await import(setup.entryUrl)) as { app: PrerenderApp };
const app = entry.app;
app.setInternals({
  pagesByKeys: new Map(setup.pageStyles.map((p) => [p.key, { key: p.key, styles: p.styles }])),
  entrySpecifierToBundleMap: new Map(),
});
app.setOptions({ settings: { scripts: setup.scripts }, logger: { options: { destination: logDestination } } });
const routes = new Map(app.manifest.routes.map(({ routeData }) => [`${routeData.component}\n${routeData.route}`, routeData]));

/** Every image the pages of this worker registered, in the shape of Astro's list (`collectStaticImages`). */
const images: StaticImages = new Map();
function keepImages(records: StaticImageRecord[] | undefined): void {
  for (const image of records ?? []) {
    let forPath = images.get(image.originalPath);
    if (!forPath) images.set(image.originalPath, (forPath = { originalSrcPath: image.originalSrcPath, transforms: new Map() }));
    if (!forPath.transforms.has(image.hash)) forPath.transforms.set(image.hash, { finalPath: image.finalPath, transform: image.transform });
  }
}

async function render(message: Extract<ToWorker, { type: 'render' }>): Promise<void> {
  try {
    const routeData = routes.get(`${message.component}\n${message.route}`);
    if (!routeData) throw new Error(`page worker: no route ${message.route} (${message.component}) in the built entry`);
    // Metadata is always collected: its image records are what the build gets back at the end (see `images`).
    const { response, metadata } = await renderForPrerender(app as never, new Request(message.url), { routeData: routeData as never, collectMetadata: true });
    keepImages((metadata as { staticImages?: StaticImageRecord[] } | undefined)?.staticImages);
    const body = response.body === null ? null : await response.arrayBuffer();
    send(
      {
        type: 'rendered',
        id: message.id,
        status: response.status,
        statusText: response.statusText,
        headers: [...response.headers],
        body,
        metadata: message.collectMetadata ? metadata : undefined,
      },
      body ? [body] : [],
    );
  } catch (err) {
    const error = err instanceof Error ? err : new Error(String(err));
    send({ type: 'failed', id: message.id, message: error.message, stack: error.stack });
  }
}

port.on('message', (message: ToWorker) => {
  if (message.type === 'render') void render(message);
  else send({ type: 'images', id: message.id, images });
});
send({ type: 'ready' });
