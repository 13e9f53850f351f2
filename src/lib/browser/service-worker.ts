// The page's side of offline use: registers dist/sw.js (written by Workbox at build time, see
// src/integrations/csp-and-offline.ts) and turns the worker's life cycle into what the reader sees.
//   - First visit: the worker precaches the whole site in the background and takes control; the footer
//     then says the site works offline. Nothing else changes.
//   - A later build: its worker installs beside the old one and waits. The page offers “更新并刷新”;
//     only that click lets the new worker take over, and only then does the page reload. Typing is never
//     interrupted, and drafts live in localStorage, so the reload keeps them.
//   - Another tab accepted the update: this tab is told to reload when convenient; it is not reloaded.
//   - No service workers (iOS WeChat, some private modes) or registration fails: nothing is shown.
// Everything the browser provides is passed in, so the logic is tested without a browser.

/** The part of workbox-window's Workbox used here. */
export interface WorkboxLike {
  addEventListener(type: 'waiting' | 'activated', listener: (event: { isUpdate?: boolean }) => void): void;
  register(options?: { immediate?: boolean }): Promise<unknown>;
  messageSkipWaiting(): void;
  update(): Promise<unknown>;
}

/** The part of navigator.serviceWorker used here. */
export interface ServiceWorkerContainerLike {
  readonly controller: unknown;
  addEventListener(type: 'controllerchange', listener: () => void): void;
}

export interface OfflineView {
  /** The whole site is cached: say so, quietly. */
  offlineReady(): void;
  /** A newer version is installed and waiting; `accept` switches to it (and the page then reloads). */
  updateReady(accept: () => void): void;
  /** Another tab switched to the newer version; this page should be reloaded when convenient. */
  updatedElsewhere(): void;
}

export interface OfflineSupportOptions {
  container: ServiceWorkerContainerLike | undefined;
  createWorkbox: (scriptUrl: string) => WorkboxLike;
  view: OfflineView;
  reload: () => void;
  /** Date.now in the browser. */
  now: () => number;
  scriptUrl?: string;
}

export interface OfflineSupport {
  /** Asks the server whether there is a newer worker (at most once an hour, see `updateCheckDue`). */
  checkForUpdate(): Promise<void>;
}

/** The worker's address: at the site root so that its scope is the whole site. */
export const SERVICE_WORKER_URL = '/sw.js';
/** How often a page left open (a form filled over a morning) asks for a newer version. */
export const UPDATE_CHECK_INTERVAL_MS = 60 * 60 * 1000;

export const updateCheckDue = (lastCheck: number, now: number) => now - lastCheck >= UPDATE_CHECK_INTERVAL_MS;

/** Returns undefined, and shows nothing, where service workers are unavailable or registration fails. */
export async function startOfflineSupport(
  options: OfflineSupportOptions,
): Promise<OfflineSupport | undefined> {
  const { container, createWorkbox, view, reload } = options;
  if (!container) return undefined;

  const hadController = Boolean(container.controller);
  const wb = createWorkbox(options.scriptUrl ?? SERVICE_WORKER_URL);
  let accepted = false;
  let told = false;
  const tellOfflineReady = () => {
    if (told) return;
    told = true;
    view.offlineReady();
  };

  wb.addEventListener('waiting', () => {
    view.updateReady(() => {
      accepted = true;
      wb.messageSkipWaiting();
    });
  });
  wb.addEventListener('activated', (event) => {
    if (!event.isUpdate) tellOfflineReady();
  });
  container.addEventListener('controllerchange', () => {
    if (accepted) reload();
    else if (hadController) view.updatedElsewhere();
    // else: the first worker just took control of this page (clientsClaim): nothing to reload.
  });

  try {
    await wb.register({ immediate: true });
  } catch {
    return undefined; // e.g. storage blocked in a private window: the site works as before
  }
  if (hadController) tellOfflineReady();

  // Registering just asked the server; the next check is due in an hour.
  let lastCheck = options.now();
  return {
    async checkForUpdate() {
      const now = options.now();
      if (!updateCheckDue(lastCheck, now)) return;
      lastCheck = now;
      try {
        await wb.update();
      } catch {
        // offline or the server is unreachable: try again next time
      }
    },
  };
}
